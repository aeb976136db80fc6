package org.signaldigest.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.signaldigest.filter.Filter;
import org.signaldigest.filter.FilterSql;
import org.signaldigest.filter.StreamingJdbc;
import org.signaldigest.taxonomy.TermKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the five tables, filtered, sorted and paged, with their facet counts. */
@Repository
@Transactional(readOnly = true)
public class FindingQueries {

	private static final String DEFAULT_ORDER = "f.relevancy desc nulls last, a.digest_date desc nulls last, a.page_id, f.position";

	private static final int FACET_SIZE = 10;

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	public FindingQueries(NamedParameterJdbcTemplate jdbc, StreamingJdbc streaming) {
		this.jdbc = jdbc;
		this.streaming = streaming.template();
	}

	public Page<FindingRow> find(FindingKind kind, Filter filter, Pageable pageable) {
		FilterSql where = FilterSql.forRows(filter);
		MapSqlParameterSource parameters = where.parameters()
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<FindingRow> rows = jdbc.query(select(kind, where, pageable.getSort(), filter)
				+ " limit :limit offset :offset", parameters, FindingQueries::row);
		long total = jdbc.queryForObject("select count(*)" + from(kind) + where.where(), where.parameters(),
				Long.class);
		return new PageImpl<>(rows, pageable, total);
	}

	/** Streams every matching row in order, never holding them all in memory. */
	public void forEach(FindingKind kind, Filter filter, Sort sort, Consumer<FindingRow> consumer) {
		FilterSql where = FilterSql.forRows(filter);
		streaming.query(select(kind, where, sort, filter), where.parameters(),
				(ResultSet rs) -> consumer.accept(row(rs, 0)));
	}

	public Facets facets(FindingKind kind, Filter filter) {
		FilterSql where = FilterSql.forRows(filter);
		MapSqlParameterSource parameters = where.parameters().addValue("facetSize", FACET_SIZE);
		String base = from(kind) + where.where();
		return new Facets(
				jdbc.query("select f.relevancy::text, count(*)" + base + " group by f.relevancy order by f.relevancy desc nulls last",
						parameters, (rs, n) -> new Facets.Value(rs.getString(1), rs.getString(1), rs.getLong(2))),
				terms(kind, TermKind.THEMES, where, parameters), terms(kind, TermKind.KEYWORDS, where, parameters),
				articleColumn("category", base, parameters), articleColumn("type", base, parameters));
	}

	private List<Facets.Value> terms(FindingKind kind, TermKind terms, FilterSql where,
			MapSqlParameterSource parameters) {
		return jdbc.query("select term.slug, term.name, count(*)" + from(kind) + " join " + terms.linkTable()
				+ " l on l.article_id = a.id join " + terms.table() + " term on term.id = l." + terms.linkColumn()
				+ where.where()
				+ " group by term.slug, term.name order by count(*) desc, term.name limit :facetSize", parameters,
				(rs, n) -> new Facets.Value(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	private List<Facets.Value> articleColumn(String column, String base, MapSqlParameterSource parameters) {
		return jdbc.query("select a." + column + ", count(*)" + base + " group by a." + column + " having a." + column
				+ " is not null order by count(*) desc, a." + column + " limit :facetSize", parameters,
				(rs, n) -> new Facets.Value(rs.getString(1), rs.getString(1), rs.getLong(2)));
	}

	private static String from(FindingKind kind) {
		return " from " + kind.table() + " f join article a on a.id = f.article_id";
	}

	private static String select(FindingKind kind, FilterSql where, Sort sort, Filter filter) {
		String signalColumns = kind.isSignal() ? "f.change, f.ten_year, f.driving_force"
				: "null as change, null as ten_year, null as driving_force";
		String defaultOrder = filter.q() != null && sort.isUnsorted()
				? "ts_rank(f.search, " + FilterSql.TS_QUERY + ") + ts_rank(a.title_search, " + FilterSql.TS_QUERY
						+ ") desc, " + DEFAULT_ORDER
				: DEFAULT_ORDER;
		return "select f.id, a.page_id, a.title, a.digest_id, a.digest_date, f.name, f.description, " + signalColumns
				+ ", f.relevancy" + from(kind) + where.where() + " order by "
				+ kind.sortable().orderBy(sort, defaultOrder);
	}

	private static FindingRow row(ResultSet rs, int rowNum) throws SQLException {
		return new FindingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10), rs.getObject(11, Integer.class));
	}

}
