package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.signaldigest.taxonomy.Slugs;
import org.signaldigest.taxonomy.TermKind;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Links an article to its keywords or themes, creating the terms it has not seen. Terms are unique by slug and keep
 * the first spelling seen; a page that names one term twice (e.g. "AI" and "ai") is linked to it once.
 */
final class TermLinker {

	private final NamedParameterJdbcTemplate jdbc;

	TermLinker(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Terms without a slug were left out by the parser, which said so. */
	void link(long articleId, TermKind kind, List<String> names) {
		Map<String, String> nameBySlug = new LinkedHashMap<>();
		for (String name : names) {
			String slug = Slugs.of(name);
			if (!slug.isEmpty()) {
				nameBySlug.putIfAbsent(slug, name);
			}
		}
		if (nameBySlug.isEmpty()) {
			return;
		}
		// Sorted, so that concurrent imports take the slugs' row locks in one order and cannot deadlock.
		SqlParameterSource[] terms = new TreeMap<>(nameBySlug).entrySet()
			.stream()
			.map(term -> new MapSqlParameterSource("slug", term.getKey()).addValue("name", term.getValue()))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("insert into " + kind.table() + " (slug, name) values (:slug, :name) on conflict (slug) do nothing",
				terms);
		Map<String, Long> idBySlug = new LinkedHashMap<>();
		jdbc.query("select id, slug from " + kind.table() + " where slug in (:slugs)",
				new MapSqlParameterSource("slugs", nameBySlug.keySet()),
				(RowCallbackHandler) row -> idBySlug.put(row.getString("slug"), row.getLong("id")));
		List<String> slugsInPageOrder = new ArrayList<>(nameBySlug.keySet());
		jdbc.batchUpdate("insert into " + kind.linkTable() + " (article_id, " + kind.linkColumn()
				+ ", position) values (:article, :term, :position)", Batches.positioned(articleId,
				slugsInPageOrder.size(),
				position -> new MapSqlParameterSource("term", idBySlug.get(slugsInPageOrder.get(position)))));
	}

	void unlinkAll(long articleId) {
		for (TermKind kind : TermKind.values()) {
			jdbc.update("delete from " + kind.linkTable() + " where article_id = :article",
					new MapSqlParameterSource("article", articleId));
		}
	}

}
