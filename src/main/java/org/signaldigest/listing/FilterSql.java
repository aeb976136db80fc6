package org.signaldigest.listing;

import java.util.ArrayList;
import java.util.List;

import org.signaldigest.kind.TermKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The SQL conditions of a {@link Filter}: for a query over {@code article a}, or over
 * rows {@code f} of one of the five tables, which carry their article's id, digest date
 * and (in their {@code search} vector) title, so that only category and type need the
 * row's article {@code a} joined. Values are always bound as parameters.
 */
public final class FilterSql {

	public static final String TS_QUERY = "websearch_to_tsquery('english', :q)";

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	private final String alias;

	private final NamedParameterJdbcTemplate jdbc;

	private boolean needsArticle;

	private FilterSql(String alias, NamedParameterJdbcTemplate jdbc) {
		this.alias = alias;
		this.jdbc = jdbc;
	}

	/**
	 * Conditions on the article only (its text, terms, category, type and digest date).
	 * Keywords and themes are looked up first, with {@code jdbc}, so that the conditions
	 * name their ids: the planner then knows how common each one is (a theme on half the
	 * articles and one on three need different plans), which it cannot when the id is
	 * looked up inside the statement.
	 * @throws BadParameterException for a relevancy filter: articles have no relevancy,
	 * their rows do
	 */
	public static FilterSql forArticles(Filter filter, NamedParameterJdbcTemplate jdbc) {
		if (filter.minRelevancy() != null || !filter.relevancy().isEmpty()) {
			throw new BadParameterException(
					"minRelevancy, relevancy: articles have no relevancy; filter their signals, concerns… instead");
		}
		FilterSql sql = new FilterSql("a", jdbc);
		sql.commonConditions(filter, "a.id");
		if (filter.q() != null) {
			sql.conditions.add("a.search @@ " + TS_QUERY);
		}
		return sql;
	}

	/**
	 * Conditions on rows {@code f} of one of the five tables and their article {@code a};
	 * terms are looked up as in {@link #forArticles}.
	 */
	public static FilterSql forRows(Filter filter, NamedParameterJdbcTemplate jdbc) {
		FilterSql sql = new FilterSql("f", jdbc);
		sql.commonConditions(filter, "f.article_id");
		if (filter.q() != null) {
			sql.conditions.add("f.search @@ " + TS_QUERY);
		}
		if (filter.minRelevancy() != null) {
			sql.add("f.relevancy >= :minRelevancy", "minRelevancy", filter.minRelevancy());
		}
		if (!filter.relevancy().isEmpty()) {
			sql.add("f.relevancy in (:relevancy)", "relevancy", filter.relevancy());
		}
		return sql;
	}

	private void commonConditions(Filter filter, String articleId) {
		if (filter.q() != null) {
			parameters.addValue("q", filter.q());
		}
		termConditions(TermKind.THEMES, filter.theme(), articleId);
		termConditions(TermKind.KEYWORDS, filter.keyword(), articleId);
		if (filter.category() != null) {
			addOnArticle("a.category = :category", "category", filter.category());
		}
		if (filter.type() != null) {
			addOnArticle("a.type = :type", "type", filter.type());
		}
		if (filter.from() != null) {
			add(alias + ".digest_date >= :from", "from", filter.from());
		}
		if (filter.to() != null) {
			add(alias + ".digest_date <= :to", "to", filter.to());
		}
	}

	/** The article carries every one of these terms (none, when a slug names no term). */
	private void termConditions(TermKind kind, List<String> slugs, String articleId) {
		for (int i = 0; i < slugs.size(); i++) {
			String parameter = kind.singular() + i;
			Long id = jdbc
				.queryForList("select id from " + kind.table() + " where slug = :slug",
						new MapSqlParameterSource("slug", slugs.get(i)), Long.class)
				.stream()
				.findFirst()
				.orElse(null);
			if (id == null) {
				conditions.add("false");
			}
			else {
				add("exists (select 1 from " + kind.linkTable() + " l where l.article_id = " + articleId + " and l."
						+ kind.linkColumn() + " = :" + parameter + ")", parameter, id);
			}
		}
	}

	private void addOnArticle(String condition, String name, Object value) {
		add(condition, name, value);
		needsArticle = true;
	}

	private void add(String condition, String name, Object value) {
		conditions.add(condition);
		parameters.addValue(name, value);
	}

	/**
	 * @return whether a condition is on the article {@code a} of rows {@code f}, which
	 * must then be joined
	 */
	public boolean needsArticle() {
		return needsArticle;
	}

	/**
	 * @return whether rows are filtered by nothing but their relevancy (or not at all)
	 */
	public boolean onlyRelevancy() {
		return conditions.stream().allMatch(condition -> condition.startsWith("f.relevancy"));
	}

	/**
	 * @return {@code " and …"}, to follow conditions of a query's own, or an empty string
	 */
	public String and() {
		return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
	}

	/**
	 * @return {@code " where …"}, or an empty string when nothing is filtered
	 */
	public String where() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	public MapSqlParameterSource parameters() {
		return parameters;
	}

}
