package org.signaldigest.filter;

import java.util.ArrayList;
import java.util.List;

import org.signaldigest.taxonomy.TermKind;
import org.signaldigest.web.BadParameterException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL conditions of a {@link Filter}, for a query over {@code article a} (and, for the five tables, a row alias
 * {@code f} with {@code relevancy} and {@code search} columns). Values are always bound as parameters.
 */
public final class FilterSql {

	public static final String TS_QUERY = "websearch_to_tsquery('english', :q)";

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	private FilterSql() {
	}

	/**
	 * Conditions on the article only (its text, terms, category, type and digest date).
	 * @throws BadParameterException for a relevancy filter: articles have no relevancy, their rows do
	 */
	public static FilterSql forArticles(Filter filter) {
		if (filter.minRelevancy() != null || !filter.relevancy().isEmpty()) {
			throw new BadParameterException(
					"minRelevancy, relevancy: articles have no relevancy; filter their signals, concerns… instead");
		}
		FilterSql sql = new FilterSql();
		sql.articleConditions(filter);
		if (filter.q() != null) {
			sql.conditions.add("a.search @@ " + TS_QUERY);
		}
		return sql;
	}

	/** Conditions on rows {@code f} of one of the five tables and their article {@code a}. */
	public static FilterSql forRows(Filter filter) {
		FilterSql sql = new FilterSql();
		sql.articleConditions(filter);
		if (filter.q() != null) {
			sql.conditions.add("(f.search @@ " + TS_QUERY + " or a.title_search @@ " + TS_QUERY + ")");
		}
		if (filter.minRelevancy() != null) {
			sql.add("f.relevancy >= :minRelevancy", "minRelevancy", filter.minRelevancy());
		}
		if (!filter.relevancy().isEmpty()) {
			sql.add("f.relevancy in (:relevancy)", "relevancy", filter.relevancy());
		}
		return sql;
	}

	private void articleConditions(Filter filter) {
		if (filter.q() != null) {
			parameters.addValue("q", filter.q());
		}
		termConditions(TermKind.THEMES, filter.theme());
		termConditions(TermKind.KEYWORDS, filter.keyword());
		if (filter.category() != null) {
			add("a.category = :category", "category", filter.category());
		}
		if (filter.type() != null) {
			add("a.type = :type", "type", filter.type());
		}
		if (filter.from() != null) {
			add("a.digest_date >= :from", "from", filter.from());
		}
		if (filter.to() != null) {
			add("a.digest_date <= :to", "to", filter.to());
		}
	}

	/** The article carries every one of these terms. */
	private void termConditions(TermKind kind, List<String> slugs) {
		for (int i = 0; i < slugs.size(); i++) {
			String parameter = kind.singular() + i;
			add("exists (select 1 from " + kind.linkTable() + " l join " + kind.table() + " t on t.id = l."
					+ kind.linkColumn() + " where l.article_id = a.id and t.slug = :" + parameter + ")", parameter,
					slugs.get(i));
		}
	}

	private void add(String condition, String name, Object value) {
		conditions.add(condition);
		parameters.addValue(name, value);
	}

	/** @return {@code " where …"}, or an empty string when nothing is filtered */
	public String where() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	public MapSqlParameterSource parameters() {
		return parameters;
	}

}
