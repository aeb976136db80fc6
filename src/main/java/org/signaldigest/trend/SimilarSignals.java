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
 * The signals of other articles most similar to each signal of an article, among the
 * newest {@value #CANDIDATES} of its group (all of them similar to the group's
 * representative): at least {@link Similarity#THRESHOLD} similar by name, the most
 * similar names first, then the most similar descriptions, then the newest digest. A
 * bounded read per signal, whatever the size of the collection.
 */
@Repository
@Transactional(readOnly = true)
public class SimilarSignals {

	public static final int LIMIT = 5;

	static final int CANDIDATES = 20;

	private static final String SQL = """
			select s.name, o.name, o.page_id, o.title, o.similarity
			from article me join signal s on s.article_id = me.id
			join signal_group_member sm on sm.article_id = s.article_id and sm.position = s.position
			cross join lateral (
			  select c.name, a.page_id, a.title, similarity(lower(c.name), lower(s.name)) as similarity
			  from (select m.article_id, m.position, m.digest_date from signal_group_member m
			        where m.group_id = sm.group_id and m.article_id <> me.id
			        order by m.digest_date desc, m.article_id desc, m.position limit %d) m
			  join signal c on c.article_id = m.article_id and c.position = m.position
			  join article a on a.id = m.article_id
			  where similarity(lower(c.name), lower(s.name)) >= %s
			  order by 4 desc, similarity(coalesce(c.description, ''), coalesce(s.description, '')) desc,
			    m.digest_date desc nulls last, a.page_id
			  limit %d) o
			where me.page_id = :pageId
			order by s.position, o.similarity desc""".formatted(CANDIDATES, Similarity.THRESHOLD, LIMIT);

	private final NamedParameterJdbcTemplate jdbc;

	SimilarSignals(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return by signal name, the similar signals of other articles, most similar first
	 * (at most {@link #LIMIT})
	 */
	public Map<String, List<SimilarSignal>> forArticle(String pageId) {
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
