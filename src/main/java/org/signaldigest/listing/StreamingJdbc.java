package org.signaldigest.listing;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For the exports of a filtered view: a JDBC template that fetches rows a few hundred at
 * a time (PostgreSQL uses a cursor inside a transaction), so that every matching row can
 * be streamed without all of them in memory, the first ones as soon as they are read.
 */
@Component
public class StreamingJdbc {

	private static final int FETCH_SIZE = 500;

	private final NamedParameterJdbcTemplate template;

	StreamingJdbc(DataSource dataSource) {
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(FETCH_SIZE);
		this.template = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * Use it inside a transaction, or PostgreSQL sends every row at once. In that
	 * transaction, PostgreSQL is asked to plan for the first rows: the planner otherwise
	 * prefers to read every match and sort it (cheapest for the whole result, but nothing
	 * is sent until the sort is over) to walking an index that is already in the export's
	 * order.
	 */
	public NamedParameterJdbcTemplate firstRowsFirst() {
		template.getJdbcTemplate().execute("set local enable_sort = off");
		return template;
	}

}
