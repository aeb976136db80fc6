package org.signaldigest;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data isolation: every test that writes starts from empty tables. */
public final class DatabaseTables {

	private DatabaseTables() {
	}

	/**
	 * Empties the tables, and the materialized views over them (the home page's counts,
	 * which read the others, last).
	 */
	public static void empty(JdbcClient jdbc) {
		jdbc.sql("truncate article, keyword, theme, import_run, signal_group restart identity cascade").update();
		jdbc.sql("select matviewname from pg_matviews where schemaname = current_schema()"
				+ " order by matviewname = 'collection_stats', matviewname")
			.query(String.class)
			.list()
			.forEach(view -> jdbc.sql("refresh materialized view " + view).update());
	}

	public static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
