package org.signaldigest.trend;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.signaldigest.trend.GroupAssignment.Assignment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the group memberships of pages and brings the counters of their groups up to
 * date. The pages' former memberships (of pages re-imported) are deleted and the pages
 * are no longer to be grouped; when none had any (the usual case, new pages), the new
 * members are added to their groups' counters; otherwise every group one of them left or
 * joined is counted again from its members.
 */
final class MembersSql {

	private static final String FORGET = """
			with done as (delete from ungrouped_article u using article a
			  where a.page_id = any(:pageIds::text[]) and u.article_id = a.id)
			delete from signal_group_member m using article a
			where a.page_id = any(:pageIds::text[]) and m.article_id = a.id returning m.group_id""";

	private static final String INSERT = """
			insert into signal_group_member (article_id, position, group_id, digest_date, relevancy)
			select s.article_id, s.position, m.group_id, s.digest_date, s.relevancy
			from unnest(:articles::int8[], :positions::int4[], :groups::int8[]) as m(article_id, position, group_id)
			join signal s on s.article_id = m.article_id and s.position = m.position
			returning group_id, digest_date, relevancy""";

	/**
	 * A group gains a digest for each date of its new members that none of its former
	 * members has.
	 */
	private static final String ADD = "with members as (" + INSERT
			+ """
					), dates as (
					  select group_id, digest_date, count(*) as mentions, coalesce(sum(relevancy), 0) as relevancy_sum,
					    count(relevancy) as relevancy_count, digest_date is not null and not exists (select 1
					      from signal_group_member o where o.group_id = m.group_id and o.digest_date = m.digest_date) as new_digest
					  from members m group by group_id, digest_date
					), added as (
					  select group_id, sum(mentions) as mentions, sum(relevancy_sum) as relevancy_sum,
					    sum(relevancy_count) as relevancy_count, min(digest_date) as first_seen, max(digest_date) as last_seen,
					    count(*) filter (where new_digest) as digests
					  from dates group by group_id)
					update signal_group g set mentions = g.mentions + d.mentions,
					  relevancy_sum = g.relevancy_sum + d.relevancy_sum, relevancy_count = g.relevancy_count + d.relevancy_count,
					  first_seen = least(g.first_seen, d.first_seen), last_seen = greatest(g.last_seen, d.last_seen),
					  digests = g.digests + d.digests
					from added d where g.id = d.group_id""";

	private static final String JOIN = "with members as (" + INSERT + ") select group_id from members";

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
	 * @param parameters with {@code pageIds}, the pages whose memberships are written
	 * @param assignments the groups of their named signals
	 * @param representatives the groups, every one written
	 */
	static void write(NamedParameterJdbcTemplate jdbc, MapSqlParameterSource parameters, List<Assignment> assignments,
			Representatives representatives) {
		parameters.addValue("articles", assignments.stream().map(Assignment::articleId).toArray(Long[]::new))
			.addValue("positions", assignments.stream().map(Assignment::position).toArray(Integer[]::new))
			.addValue("groups",
					assignments.stream().map(a -> representatives.id(a.representative())).toArray(Long[]::new));
		Set<Long> left = new HashSet<>(jdbc.queryForList(FORGET, parameters, Long.class));
		if (left.isEmpty()) {
			if (!assignments.isEmpty()) {
				jdbc.update(ADD, parameters);
			}
			return;
		}
		left.addAll(jdbc.queryForList(JOIN, parameters, Long.class));
		jdbc.update(RECOUNT, new MapSqlParameterSource("ids", left.toArray(Long[]::new)));
	}

}
