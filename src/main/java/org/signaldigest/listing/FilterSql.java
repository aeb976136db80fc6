package org.signaldigest.listing;

import java.util.ArrayList;
import java.util.List;

import org.signaldigest.kind.TermKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL conditions of a filter, each derived from its {@link Condition}: for a query
 * over {@code article a}, or over rows {@code f} of one of the five tables, which carry
 * their article's id, digest date and (in their {@code search} vector) title, so that
 * only conditions on other columns of the article need the row's article {@code a}
 * joined. Values are always bound as parameters.
 */
public final class FilterSql {

	/** Full text over the filter q: what ranks search hits too. */
	public static final String TS_QUERY = "websearch_to_tsquery('english', :q)";

	private final List<String> conditions = new ArrayList<>();

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	private final String alias;

	private final ResolvedFilter resolved;

	private boolean needsArticle;

	private boolean onlyRelevancy = true;

	private FilterSql(String alias, ResolvedFilter resolved) {
		this.alias = alias;
		this.resolved = resolved;
		for (FilterField field : Filter.FIELDS) {
			List<Object> values = field.values(resolved.filter());
			if (!values.isEmpty()) {
				field.condition().add(this, field.name(), values);
				onlyRelevancy &= field.condition().rowsOnly();
			}
		}
	}

	/**
	 * Conditions on the article only (its text, terms, category, type and digest date).
	 * @throws BadParameterException for a relevancy filter: articles have no relevancy,
	 * their rows do
	 */
	public static FilterSql forArticles(ResolvedFilter filter) {
		List<String> rowsOnly = Filter.FIELDS.stream()
			.filter(field -> field.condition().rowsOnly() && field.isSet(filter.filter()))
			.map(FilterField::name)
			.toList();
		if (!rowsOnly.isEmpty()) {
			throw new BadParameterException(String.join(", ", rowsOnly)
					+ ": articles have no relevancy; filter their signals, concerns… instead");
		}
		return new FilterSql("a", filter);
	}

	/**
	 * Conditions on rows {@code f} of one of the five tables and their article {@code a}.
	 */
	public static FilterSql forRows(ResolvedFilter filter) {
		return new FilterSql("f", filter);
	}

	/**
	 * @return the alias of what is filtered: {@code a} for articles, {@code f} for rows
	 */
	String alias() {
		return alias;
	}

	/** The article carries every one of these terms (none, when a slug names no term). */
	void addTerms(TermKind kind, String name, List<Object> slugs) {
		String articleId = alias.equals("a") ? "a.id" : "f.article_id";
		for (int i = 0; i < slugs.size(); i++) {
			Long id = resolved.termId(kind, (String) slugs.get(i));
			if (id == null) {
				conditions.add("false");
			}
			else {
				String parameter = name + i;
				add("exists (select 1 from " + kind.linkTable() + " l where l.article_id = " + articleId + " and l."
						+ kind.linkColumn() + " = :" + parameter + ")", parameter, id);
			}
		}
	}

	void addOnArticle(String condition, String name, Object value) {
		add(condition, name, value);
		needsArticle = alias.equals("f");
	}

	/** A condition on the article that takes no value. */
	void addOnArticle(String condition) {
		conditions.add(condition);
		needsArticle = alias.equals("f");
	}

	void add(String condition, String name, Object value) {
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
		return onlyRelevancy;
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
