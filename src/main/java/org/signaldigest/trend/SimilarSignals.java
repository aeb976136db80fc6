package org.signaldigest.trend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signals of other articles most similar to each signal of an article. Candidates are found by the trigram index
 * on lower(name) ({@code %} at {@link Similarity#THRESHOLD}); the 20 nearest names are ranked by name similarity,
 * then by the similarity of their descriptions, then newest digest first.
 */
@Repository
@Transactional(readOnly = true)
public class SimilarSignals {

	public static final int LIMIT = 5;

	private static final String SQL = """
			select s.name, o.name, o.page_id, o.title, o.similarity
			from article me join signal s on s.article_id = me.id
			cross join lateral (
			  select c.name, a.page_id, a.title, c.similarity from (
			    select c.name, c.description, c.article_id, similarity(lower(c.name), lower(s.name)) as similarity
			    from signal c where lower(c.name) %% lower(s.name) and c.article_id <> me.id
			    order by similarity desc, c.id desc limit 20) c
			  join article a on a.id = c.article_id
			  order by c.similarity desc, similarity(coalesce(c.description, ''), coalesce(s.description, '')) desc,
			    a.digest_date desc nulls last, a.page_id
			  limit %d) o
			where me.page_id = :pageId and s.name is not null and btrim(s.name) <> ''
			order by s.position, o.similarity desc""".formatted(LIMIT);

	private final NamedParameterJdbcTemplate jdbc;

	SimilarSignals(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return by signal name, the similar signals of other articles, most similar first (at most {@link #LIMIT}) */
	public Map<String, List<SimilarSignal>> forArticle(String pageId) {
		jdbc.queryForObject("select " + Similarity.SET_THRESHOLD, Map.of(), String.class);
		Map<String, List<SimilarSignal>> similar = new LinkedHashMap<>();
		jdbc.query(SQL, new MapSqlParameterSource("pageId", pageId), rs -> {
			List<SimilarSignal> list = similar.computeIfAbsent(rs.getString(1), name -> new ArrayList<>());
			if (list.size() < LIMIT) {
				list.add(new SimilarSignal(rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
			}
		});
		return similar;
	}

	/** A signal of another article; {@code pageId} is that article's id. */
	public record SimilarSignal(String name, String pageId, String title, double similarity) {
	}

}
