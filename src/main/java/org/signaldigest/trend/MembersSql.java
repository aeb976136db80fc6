package org.signaldigest.trend;

import java.util.List;
import java.util.Map;

import org.signaldigest.trend.GroupAssignment.Assignment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a page's group memberships and brings its groups' counters up to date. A page grouped for the first time
 * adds to the counters of its groups; a page grouped again (re-imported) replaces its memberships, and the groups it
 * left or joined are counted again from their members.
 */
final class MembersSql {

	private static final String INSERT_MEMBERS = """
			insert into signal_group_member (article_id, position, group_id, digest_date, relevancy)
			select :article, s.position, m.group_id, a.digest_date, s.relevancy
			from unnest(:positions::int4[], :groups::int8[]) as m(position, group_id)
			join signal s on s.article_id = :article and s.position = m.position
			join article a on a.id = :article
			returning group_id, digest_date, relevancy""";

	/** All the page's signals have the page's digest date: a group gains a digest when it had none of that date. */
	private static final String ADD = "with members as (" + INSERT_MEMBERS + """
			), added as (
			  select group_id, count(*) as mentions, coalesce(sum(relevancy), 0) as relevancy_sum,
			    count(relevancy) as relevancy_count, max(digest_date) as digest_date
			  from members group by group_id)
			update signal_group g set mentions = g.mentions + d.mentions,
			  relevancy_sum = g.relevancy_sum + d.relevancy_sum, relevancy_count = g.relevancy_count + d.relevancy_count,
			  first_seen = least(g.first_seen, d.digest_date), last_seen = greatest(g.last_seen, d.digest_date),
			  digests = g.digests + case when d.digest_date is not null and not exists (select 1
			    from signal_group_member o where o.group_id = d.group_id and o.digest_date = d.digest_date) then 1 else 0 end
			from added d where g.id = d.group_id""";

	private static final String REPLACE = "with old as (delete from signal_group_member where article_id = :article"
			+ " returning group_id), members as (" + INSERT_MEMBERS + ")"
			+ " select group_id from old union select group_id from members";

	private static final String RECOUNT = """
			update signal_group g set mentions = c.mentions, digests = c.digests, first_seen = c.first_seen,
			  last_seen = c.last_seen, relevancy_sum = c.relevancy_sum, relevancy_count = c.relevancy_count
			from (select g2.id, count(m.group_id) as mentions, count(distinct m.digest_date) as digests,
			        min(m.digest_date) as first_seen, max(m.digest_date) as last_seen,
			        coalesce(sum(m.relevancy), 0) as relevancy_sum, count(m.relevancy) as relevancy_count
			      from signal_group g2 left join signal_group_member m on m.group_id = g2.id
			      where g2.id in (:ids) group by g2.id) c
			where g.id = c.id""";

	private MembersSql() {
	}

	/**
	 * @param parameters with {@code article}, the article's id
	 * @param started the ids of the groups the page started, by representative
	 * @param grouped whether the page was grouped before
	 */
	static void write(NamedParameterJdbcTemplate jdbc, MapSqlParameterSource parameters, List<Assignment> assignments,
			Map<String, Long> started, boolean grouped) {
		parameters.addValue("positions", assignments.stream().map(Assignment::position).toArray(Integer[]::new))
			.addValue("groups", assignments.stream()
				.map(a -> a.groupId() != null ? a.groupId() : started.get(a.newRepresentative()))
				.toArray(Long[]::new));
		if (!grouped) {
			if (!assignments.isEmpty()) {
				jdbc.update(ADD, parameters);
			}
			return;
		}
		List<Long> touched = jdbc.queryForList(REPLACE, parameters, Long.class);
		if (!touched.isEmpty()) {
			jdbc.update(RECOUNT, new MapSqlParameterSource("ids", touched));
		}
	}

}
