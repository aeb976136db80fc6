package org.signaldigest.taxonomy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.SortableColumns;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads keywords and themes: the lists with their article counts, and what a term's page
 * shows.
 */
@Repository
@Transactional(readOnly = true)
class TermQueries {

	static final SortableColumns LIST_COLUMNS = SortableColumns.of("name", "lower(name)", "count", "articles");

	/** A term's articles are always newest digest first: no other sort is offered. */
	static final SortableColumns ARTICLE_COLUMNS = SortableColumns.of();

	private static final String LIST_ORDER = "articles desc, lower(name), slug";

	private static final int TOP_SIGNALS = 10;

	private static final int CO_OCCURRING = 15;

	static final int CO_OCCURRING_ARTICLES = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	TermQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Terms carried by at least one article, most used first unless sorted otherwise. */
	Page<TermCount> list(TermKind kind, TermPrefix prefix, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String from = " from " + kind.stats() + " t where true" + prefixCondition(prefix, parameters);
		parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<TermCount> rows = jdbc.query(
				"select slug, name, articles" + from + " order by "
						+ LIST_COLUMNS.orderBy(pageable.getSort(), LIST_ORDER) + " limit :limit offset :offset",
				parameters, (rs, n) -> new TermCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
		long total = jdbc.queryForObject("select count(*)" + from, parameters, Long.class);
		return new PageImpl<>(rows, pageable, total);
	}

	Optional<Term> find(TermKind kind, String slug) {
		return jdbc
			.query("select t.id, t.slug, t.name, coalesce(s.articles, 0) from " + kind.table() + " t left join "
					+ kind.stats() + " s on s.id = t.id where t.slug = :slug", new MapSqlParameterSource("slug", slug),
					(rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.stream()
			.findFirst();
	}

	/** The term's articles, newest digest first. */
	Page<TermArticle> articles(TermKind kind, Term term, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", term.id())
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<TermArticle> rows = jdbc.query(
				"select a.page_id, a.title, a.digest_id, a.digest_date, a.category" + fromArticles(kind) + " order by "
						+ Ordering.ARTICLES_NEWEST_FIRST + " limit :limit offset :offset",
				parameters, (rs, n) -> new TermArticle(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5)));
		return new PageImpl<>(rows, pageable, term.articles());
	}

	/** The most relevant signals of the term's articles, newest first among equals. */
	List<TermSignal> topSignals(TermKind kind, Term term) {
		return jdbc.query(
				"select s.name, s.relevancy, s.page_id, a.title from signal s join article a on a.id = s.article_id"
						+ " where exists (select 1 from " + kind.linkTable()
						+ " l where l.article_id = s.article_id and l." + kind.linkColumn() + " = :id)"
						+ " order by s.relevancy desc nulls last, s.digest_date desc nulls last, s.page_id, s.position"
						+ " limit :limit",
				new MapSqlParameterSource("id", term.id()).addValue("limit", TOP_SIGNALS),
				(rs, n) -> new TermSignal(rs.getString(1), rs.getObject(2, Integer.class), rs.getString(3),
						rs.getString(4)));
	}

	/**
	 * The terms of the same kind found on the most articles together with this one, with
	 * how many, among the term's {@value #CO_OCCURRING_ARTICLES} newest articles (all of
	 * them for most terms; a bound for the very common ones).
	 */
	List<TermCount> coOccurring(TermKind kind, Term term) {
		String link = kind.linkTable();
		String column = kind.linkColumn();
		return jdbc.query("with mine as (select a.id from article a join " + link + " l on l.article_id = a.id and l."
				+ column + " = :id order by " + Ordering.ARTICLES_NEWEST_FIRST + " limit :articles)"
				+ " select t.slug, t.name, count(*) from mine join " + link + " other on other.article_id = mine.id"
				+ " and other." + column + " <> :id join " + kind.table() + " t on t.id = other." + column
				+ " group by t.id, t.slug, t.name order by count(*) desc, lower(t.name), t.slug limit :limit",
				new MapSqlParameterSource("id", term.id()).addValue("limit", CO_OCCURRING)
					.addValue("articles", CO_OCCURRING_ARTICLES),
				(rs, n) -> new TermCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	private static String fromArticles(TermKind kind) {
		return " from article a join " + kind.linkTable() + " l on l.article_id = a.id and l." + kind.linkColumn()
				+ " = :id";
	}

	private static String prefixCondition(TermPrefix prefix, MapSqlParameterSource parameters) {
		if (prefix.isEmpty()) {
			return "";
		}
		parameters.addValue("prefix", prefix.prefix());
		if (prefix.slugPrefix() == null) {
			return " and starts_with(lower(t.name), lower(:prefix))";
		}
		parameters.addValue("slugPrefix", prefix.slugPrefix());
		return " and (starts_with(lower(t.name), lower(:prefix)) or starts_with(t.slug, :slugPrefix))";
	}

}
