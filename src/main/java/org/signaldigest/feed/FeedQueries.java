package org.signaldigest.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries of the feeds: the newest {@value #MAX_ENTRIES} rows or articles of a view,
 * newest digest first.
 */
@Repository
@Transactional(readOnly = true)
class FeedQueries {

	static final int MAX_ENTRIES = 50;

	private static final String ARTICLE_COLUMNS = "select a.page_id, a.title, a.updated_at, a.digest_date, a.summary";

	/** The order of the articles table and of a term's page. */
	private static final String ARTICLE_ORDER = " order by " + Ordering.ARTICLES_NEWEST_FIRST;

	private final NamedParameterJdbcTemplate jdbc;

	FeedQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The filtered rows of a table, newest digest first, then in page order. */
	List<FeedEntry> rows(FindingKind kind, ResolvedFilter filter) {
		FilterSql where = FilterSql.forRows(filter);
		return jdbc.query(newestRows(kind, where), where.parameters().addValue("limit", MAX_ENTRIES),
				(rs, n) -> new FeedEntry(AtomIds.row(kind, rs.getString(1), rs.getInt(5)),
						firstOf(rs.getString(6), rs.getString(2), rs.getString(1)),
						"/articles/" + rs.getString(1) + "#" + kind.path(), instant(rs, 3),
						rs.getObject(4, LocalDate.class), rs.getString(7)));
	}

	/**
	 * The one statement of the rows' feeds: newest first, on the index of each table that
	 * follows that order.
	 */
	static String newestRows(FindingKind kind, FilterSql where) {
		return "select a.page_id, a.title, a.updated_at, f.digest_date, f.position, f.name, f.description from "
				+ kind.table() + " f join article a on a.id = f.article_id" + where.where() + " order by "
				+ Ordering.ROWS_NEWEST_FIRST + " limit :limit";
	}

	/** The filtered articles, newest digest first. */
	List<FeedEntry> articles(ResolvedFilter filter) {
		FilterSql where = FilterSql.forArticles(filter);
		return jdbc.query(ARTICLE_COLUMNS + " from article a" + where.where() + ARTICLE_ORDER + " limit :limit",
				where.parameters().addValue("limit", MAX_ENTRIES), FeedQueries::article);
	}

	/**
	 * @return the name of the keyword or theme with this slug, if there is one
	 */
	Optional<String> termName(TermKind kind, String slug) {
		return jdbc
			.queryForList("select name from " + kind.table() + " where slug = :slug",
					new MapSqlParameterSource("slug", slug), String.class)
			.stream()
			.findFirst();
	}

	/**
	 * The articles that carry the keyword or theme with this slug, newest digest first.
	 */
	List<FeedEntry> termArticles(TermKind kind, String slug) {
		return jdbc.query(
				ARTICLE_COLUMNS + " from article a join " + kind.linkTable() + " l on l.article_id = a.id" + " join "
						+ kind.table() + " t on t.id = l." + kind.linkColumn() + " where t.slug = :slug" + ARTICLE_ORDER
						+ " limit :limit",
				new MapSqlParameterSource("slug", slug).addValue("limit", MAX_ENTRIES), FeedQueries::article);
	}

	private static FeedEntry article(ResultSet rs, int rowNum) throws SQLException {
		String pageId = rs.getString(1);
		return new FeedEntry(AtomIds.article(pageId), firstOf(rs.getString(2), pageId), "/articles/" + pageId,
				instant(rs, 3), rs.getObject(4, LocalDate.class), rs.getString(5));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/**
	 * @return the first value that is neither null nor blank (the last one is never null)
	 */
	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return values[values.length - 1];
	}

}
