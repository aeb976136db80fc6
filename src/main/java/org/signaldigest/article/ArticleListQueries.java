package org.signaldigest.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.SortableColumns;
import org.signaldigest.listing.StreamingJdbc;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists articles, filtered, sorted and paged, for the articles table, the JSON API and
 * the CSV export.
 */
@Repository
@Transactional(readOnly = true)
class ArticleListQueries {

	static final SortableColumns SORTABLE = SortableColumns.of("title", "a.title", "digestDate", "a.digest_date",
			"category", "a.category", "type", "a.type");

	private static final String COLUMNS = "select a.page_id, a.title, a.digest_id, a.digest_date, a.external_url,"
			+ " a.category, a.type, (select count(*) from signal s where s.article_id = a.id) as signals"
			+ " from article a";

	private final NamedParameterJdbcTemplate jdbc;

	private final StreamingJdbc streaming;

	ArticleListQueries(NamedParameterJdbcTemplate jdbc, StreamingJdbc streaming) {
		this.jdbc = jdbc;
		this.streaming = streaming;
	}

	/**
	 * Rejects a page size over 200 and sort columns other than title, digestDate,
	 * category and type.
	 */
	static Pageable check(Pageable pageable) {
		return SORTABLE.check(pageable);
	}

	/** Rejects sort columns other than title, digestDate, category and type. */
	static Sort check(Sort sort) {
		return SORTABLE.check(sort);
	}

	CountedPage<ArticleRow> find(ResolvedFilter filter, Pageable pageable) {
		FilterSql where = FilterSql.forArticles(filter);
		MapSqlParameterSource parameters = where.parameters()
			.addValue("limit", pageable.getPageSize() + 1)
			.addValue("offset", pageable.getOffset());
		List<ArticleRow> rows = jdbc.query(select(where, pageable.getSort()) + " limit :limit offset :offset",
				parameters, ArticleListQueries::row);
		if (filter.filter().isEmpty()) {
			return CountedPage.bounded(rows, pageable,
					jdbc.queryForObject("select articles from collection_stats", Map.of(), Long.class), Long.MAX_VALUE);
		}
		long counted = jdbc.queryForObject(
				"select count(*) from (select 1 from article a" + where.where() + " limit :cap) matches",
				where.parameters().addValue("cap", CountedPage.COUNT_CAP), Long.class);
		return CountedPage.bounded(rows, pageable, counted, CountedPage.COUNT_CAP);
	}

	/**
	 * Streams every matching article in order, with a cursor: never all of them in
	 * memory.
	 */
	void forEach(ResolvedFilter filter, Sort sort, Consumer<ArticleRow> consumer) {
		FilterSql where = FilterSql.forArticles(filter);
		streaming.firstRowsFirst()
			.query(select(where, sort), where.parameters(), (ResultSet rs) -> consumer.accept(row(rs, 0)));
	}

	private static String select(FilterSql where, Sort sort) {
		return COLUMNS + where.where() + " order by " + SORTABLE.orderBy(sort, Ordering.ARTICLES_NEWEST_FIRST);
	}

	private static ArticleRow row(ResultSet rs, int rowNum) throws SQLException {
		return new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8));
	}

}
