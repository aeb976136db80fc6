package org.signaldigest.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.StreamingJdbc;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the five tables, filtered, sorted and paged. A page of rows is found by their ids
 * alone (an index scan of the row table, which carries its article's sort keys), and only
 * those rows are then joined to their articles. Totals are exact for lists filtered by
 * relevancy alone (from the counts the import keeps) and otherwise counted up to
 * {@value CountedPage#COUNT_CAP}.
 */
@Repository
@Transactional(readOnly = true)
public class FindingQueries {

	private static final Pattern ARTICLE_COLUMN = Pattern.compile("\\ba\\.");

	private final NamedParameterJdbcTemplate jdbc;

	private final StreamingJdbc streaming;

	public FindingQueries(NamedParameterJdbcTemplate jdbc, StreamingJdbc streaming) {
		this.jdbc = jdbc;
		this.streaming = streaming;
	}

	public CountedPage<FindingRow> find(FindingKind kind, ResolvedFilter filter, Pageable pageable) {
		FilterSql where = FilterSql.forRows(filter);
		String order = FindingColumns.of(kind).orderBy(pageable.getSort(), Ordering.ROWS_MOST_RELEVANT_FIRST);
		MapSqlParameterSource parameters = where.parameters()
			.addValue("limit", pageable.getPageSize() + 1)
			.addValue("offset", pageable.getOffset());
		String ids = "select f.id" + from(kind, where, order) + where.where() + " order by " + order
				+ " limit :limit offset :offset";
		List<FindingRow> rows = jdbc.query(
				select(kind) + " from (" + ids + ") page join " + kind.table()
						+ " f on f.id = page.id join article a on a.id = f.article_id order by " + order,
				parameters, FindingQueries::row);
		if (where.onlyRelevancy()) {
			return CountedPage.bounded(rows, pageable, exactCount(kind, where), Long.MAX_VALUE);
		}
		return CountedPage.bounded(rows, pageable, boundedCount(kind, where), CountedPage.COUNT_CAP);
	}

	/** Streams every matching row in order, never holding them all in memory. */
	public void forEach(FindingKind kind, ResolvedFilter filter, Sort sort, Consumer<FindingRow> consumer) {
		FilterSql where = FilterSql.forRows(filter);
		streaming.firstRowsFirst()
			.query(select(kind) + " from " + kind.table() + " f join article a on a.id = f.article_id" + where.where()
					+ " order by " + FindingColumns.of(kind).orderBy(sort, Ordering.ROWS_MOST_RELEVANT_FIRST),
					where.parameters(), (ResultSet rs) -> consumer.accept(row(rs, 0)));
	}

	private long exactCount(FindingKind kind, FilterSql where) {
		return jdbc.queryForObject(
				"select coalesce(sum(rows), 0) from finding_stats f where f.kind = :kind" + where.and(),
				where.parameters().addValue("kind", kind.path()), Long.class);
	}

	private long boundedCount(FindingKind kind, FilterSql where) {
		return jdbc.queryForObject(
				"select count(*) from (select 1" + from(kind, where, "") + where.where() + " limit :cap) matches",
				where.parameters().addValue("cap", CountedPage.COUNT_CAP), Long.class);
	}

	/**
	 * The row table, joined to the articles only when a condition or the order needs
	 * them.
	 */
	static String from(FindingKind kind, FilterSql where, String order) {
		return " from " + kind.table() + " f" + (where.needsArticle() || ARTICLE_COLUMN.matcher(order).find()
				? " join article a on a.id = f.article_id" : "");
	}

	private static String select(FindingKind kind) {
		String signalColumns = kind.isSignal() ? "f.change, f.ten_year, f.driving_force"
				: "null as change, null as ten_year, null as driving_force";
		return "select f.id, f.page_id, a.title, a.digest_id, f.digest_date, f.name, f.description, " + signalColumns
				+ ", f.relevancy";
	}

	private static FindingRow row(ResultSet rs, int rowNum) throws SQLException {
		return new FindingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getString(10), rs.getObject(11, Integer.class));
	}

}
