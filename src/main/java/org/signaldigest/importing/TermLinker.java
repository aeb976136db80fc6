package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.signaldigest.taxonomy.Slugs;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Links an article to its keywords or themes, creating the terms it has not seen. Terms are unique by slug and keep
 * the first spelling seen; a page that names one term twice (e.g. "AI" and "ai") is linked to it once.
 */
final class TermLinker {

	/** The two kinds of term, with their tables; never built from input. */
	enum Kind {

		KEYWORD("Keywords", "keyword", "article_keyword", "keyword_id"), THEME("Themes", "theme", "article_theme", "theme_id");

		private final String section;

		private final String table;

		private final String linkTable;

		private final String linkColumn;

		Kind(String section, String table, String linkTable, String linkColumn) {
			this.section = section;
			this.table = table;
			this.linkTable = linkTable;
			this.linkColumn = linkColumn;
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	TermLinker(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return a warning for each term that has no letter or digit, which cannot be linked */
	List<Problem> link(long articleId, Kind kind, List<String> names) {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> nameBySlug = new LinkedHashMap<>();
		for (String name : names) {
			String slug = Slugs.of(name);
			if (slug.isEmpty()) {
				problems.add(Problem.warning(kind.section, null, "\"" + name + "\" has no letter or digit; left out"));
			}
			else {
				nameBySlug.putIfAbsent(slug, name);
			}
		}
		if (nameBySlug.isEmpty()) {
			return problems;
		}
		// Sorted, so that concurrent imports take the slugs' row locks in one order and cannot deadlock.
		SqlParameterSource[] terms = new TreeMap<>(nameBySlug).entrySet()
			.stream()
			.map(term -> new MapSqlParameterSource("slug", term.getKey()).addValue("name", term.getValue()))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("insert into " + kind.table + " (slug, name) values (:slug, :name) on conflict (slug) do nothing",
				terms);
		Map<String, Long> idBySlug = new LinkedHashMap<>();
		jdbc.query("select id, slug from " + kind.table + " where slug in (:slugs)",
				new MapSqlParameterSource("slugs", nameBySlug.keySet()),
				row -> {
					idBySlug.put(row.getString("slug"), row.getLong("id"));
				});
		List<String> slugsInPageOrder = new ArrayList<>(nameBySlug.keySet());
		jdbc.batchUpdate("insert into " + kind.linkTable + " (article_id, " + kind.linkColumn
				+ ", position) values (:article, :term, :position)", Batches.positioned(articleId,
				slugsInPageOrder.size(),
				position -> new MapSqlParameterSource("term", idBySlug.get(slugsInPageOrder.get(position)))));
		return problems;
	}

	void unlinkAll(long articleId) {
		for (Kind kind : Kind.values()) {
			jdbc.update("delete from " + kind.linkTable + " where article_id = :article",
					new MapSqlParameterSource("article", articleId));
		}
	}

}
