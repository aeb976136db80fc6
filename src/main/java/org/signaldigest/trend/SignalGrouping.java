package org.signaldigest.trend;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.trend.GroupAssignment.Assignment;
import org.signaldigest.trend.GroupAssignment.Candidate;
import org.signaldigest.trend.GroupAssignment.PageSignal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Puts the signals of a page just written into their groups ({@link GroupAssignment}), in the page's transaction,
 * and keeps the groups' counters up to date. Pages are grouped one at a time: a transaction-scoped advisory lock
 * makes concurrent imports take turns from the lock to their commit, so each page sees every group the pages before
 * it started, and no two pages start the same group.
 */
@Repository
public class SignalGrouping {

	/** The advisory lock of the grouping step (an arbitrary number, "sg" in ASCII). */
	private static final long LOCK = 0x7367;

	private static final String NAMED = "s.name is not null and btrim(s.name) <> ''";

	private static final String ANALYSE = """
			select s.position, s.name, lower(s.name), kept.group_id, best.id, best.representative, best.similarity,
			  array(select similarity(lower(p.name), lower(s.name)) from signal p
			        where p.article_id = s.article_id and %2$s order by p.position)
			from signal s
			left join lateral (select m.group_id from signal_group_member m join signal_group g on g.id = m.group_id
			  where m.article_id = s.article_id and m.position = s.position
			    and similarity(g.representative, lower(s.name)) >= %1$s) kept on true
			left join lateral (select g.id, g.representative, similarity(g.representative, lower(s.name)) as similarity
			  from signal_group g where g.representative %% lower(s.name)
			  order by similarity desc, g.representative collate "C" limit 1) best on true
			where s.article_id = :article and %3$s order by s.position"""
		.formatted(Similarity.THRESHOLD, NAMED.replace("s.", "p."), NAMED);

	private final NamedParameterJdbcTemplate jdbc;

	SignalGrouping(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Groups the signals of the page with this id; call it in the transaction that wrote them. */
	public void group(String pageId) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("pageId", pageId).addValue("lock", LOCK);
		// The planner takes a sequential scan of the groups for cheap (it does not know what % costs): forbidden
		// for the rest of this transaction, which only groups the page.
		Map<String, Object> article = jdbc.queryForMap("select a.id, exists (select 1 from signal_group_member m"
				+ " where m.article_id = a.id) as grouped, pg_advisory_xact_lock(:lock)::text, "
				+ Similarity.SET_THRESHOLD + ", set_config('enable_seqscan', 'off', true)"
				+ " from article a where a.page_id = :pageId", parameters);
		parameters.addValue("article", article.get("id"));
		List<PageSignal> signals = jdbc.query(ANALYSE, parameters, (rs, n) -> signal(rs));
		List<Assignment> assignments = GroupAssignment.assign(signals);
		Map<String, Long> started = startGroups(signals, assignments);
		MembersSql.write(jdbc, parameters, assignments, started, (Boolean) article.get("grouped"));
	}

	/** Inserts the groups this page starts; @return their ids by representative */
	private Map<String, Long> startGroups(List<PageSignal> signals, List<Assignment> assignments) {
		Map<String, String> names = new LinkedHashMap<>();
		for (int i = 0; i < signals.size(); i++) {
			if (assignments.get(i).startsGroup(signals.get(i))) {
				names.putIfAbsent(signals.get(i).normalisedName(), signals.get(i).name());
			}
		}
		Map<String, Long> ids = new HashMap<>();
		if (!names.isEmpty()) {
			jdbc.query("insert into signal_group (representative, name) select * from unnest(:representatives::text[],"
					+ " :names::text[]) returning representative, id",
					new MapSqlParameterSource("representatives", names.keySet().toArray(String[]::new))
						.addValue("names", names.values().toArray(String[]::new)),
					(ResultSet rs) -> {
						while (rs.next()) {
							ids.put(rs.getString(1), rs.getLong(2));
						}
						return null;
					});
		}
		return ids;
	}

	private static PageSignal signal(ResultSet rs) throws SQLException {
		Long best = rs.getObject(5, Long.class);
		Array array = rs.getArray(8);
		Float[] boxed = (Float[]) array.getArray();
		float[] similarities = new float[boxed.length];
		for (int i = 0; i < boxed.length; i++) {
			similarities[i] = boxed[i];
		}
		return new PageSignal(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
				best == null ? null : new Candidate(best, rs.getString(6), rs.getDouble(7)), similarities);
	}

}
