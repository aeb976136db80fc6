package org.signaldigest.trend;

import java.util.List;

import org.signaldigest.trend.GroupAssignment.Assignment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the group memberships of pages and brings the counters of their groups up to date: the pages' memberships
 * are replaced, they are marked grouped, and every group one of them left or joined is counted again from its
 * members.
 */
final class MembersSql {

	private static final String REPLACE = """
			with old as (delete from signal_group_member m using article a
			  where a.page_id = any(:pageIds::text[]) and m.article_id = a.id returning m.group_id),
			members as (insert into signal_group_member (article_id, position, group_id, digest_date, relevancy)
			  select s.article_id, s.position, m.group_id, s.digest_date, s.relevancy
			  from unnest(:articles::int8[], :positions::int4[], :groups::int8[]) as m(article_id, position, group_id)
			  join signal s on s.article_id = m.article_id and s.position = m.position
			  returning group_id),
			grouped as (update article set signals_grouped = true where page_id = any(:pageIds::text[]))
			select group_id from old union select group_id from members""";

	private static final String RECOUNT = """
			update signal_group g set mentions = c.mentions, digests = c.digests, first_seen = c.first_seen,
			  last_seen = c.last_seen, relevancy_sum = c.relevancy_sum, relevancy_count = c.relevancy_count
			from (select g2.id, count(m.group_id) as mentions, count(distinct m.digest_date) as digests,
			        min(m.digest_date) as first_seen, max(m.digest_date) as last_seen,
			        coalesce(sum(m.relevancy), 0) as relevancy_sum, count(m.relevancy) as relevancy_count
			      from signal_group g2 left join signal_group_member m on m.group_id = g2.id
			      where g2.id = any(:ids::int8[]) group by g2.id) c
			where g.id = c.id""";

	private MembersSql() {
	}

	/**
	 * @param parameters with {@code pageIds}, the pages whose memberships are replaced
	 * @param assignments the groups of their named signals
	 * @param representatives the groups, every one written
	 */
	static void write(NamedParameterJdbcTemplate jdbc, MapSqlParameterSource parameters, List<Assignment> assignments,
			Representatives representatives) {
		parameters.addValue("articles", assignments.stream().map(Assignment::articleId).toArray(Long[]::new))
			.addValue("positions", assignments.stream().map(Assignment::position).toArray(Integer[]::new))
			.addValue("groups", assignments.stream().map(a -> representatives.id(a.representative())).toArray(Long[]::new));
		List<Long> touched = jdbc.queryForList(REPLACE, parameters, Long.class);
		if (!touched.isEmpty()) {
			jdbc.update(RECOUNT, new MapSqlParameterSource("ids", touched.toArray(Long[]::new)));
		}
	}

}
