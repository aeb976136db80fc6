package org.signaldigest.trend;

import java.util.List;
import java.util.Map;

import org.signaldigest.importing.WrittenPages;
import org.signaldigest.trend.GroupAssignment.Assignment;
import org.signaldigest.trend.GroupAssignment.NamedSignal;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the signals of imported pages into their groups ({@link GroupAssignment}) and
 * keeps the groups' counters up to date. An import groups its pages after they are
 * written, a chunk of pages at a time and in page order, each chunk in a transaction of
 * its own under an advisory lock: concurrent imports take turns for this step only, and
 * each sees every group the others started. Names are compared in memory
 * ({@link Representatives}, which a {@link Run} keeps from one chunk to the next and
 * brings up to date with the groups written since), so a chunk costs a few statements
 * whatever its size.
 */
@Repository
public class SignalGrouping implements WrittenPages {

	/** The advisory lock of the grouping step (an arbitrary number, "sg" in ASCII). */
	private static final long LOCK = 0x7367;

	private static final String SIGNALS = """
			select s.article_id, s.position, s.name, lower(s.name), g.representative
			from unnest(:pageIds::text[]) with ordinality as p(page_id, n)
			join article a on a.page_id = p.page_id
			join signal s on s.article_id = a.id
			left join signal_group_member m on m.article_id = s.article_id and m.position = s.position
			left join signal_group g on g.id = m.group_id
			where s.name is not null and btrim(s.name) <> ''
			order by p.n, s.position""";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	SignalGrouping(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/**
	 * @return the grouping of one import run, which groups its chunks of pages in turn
	 */
	@Override
	public Run newRun() {
		return new Run();
	}

	/**
	 * The grouping of one import run: it reads every group once, then only the groups
	 * written since.
	 */
	public final class Run implements WrittenPages.Run {

		private Representatives representatives = new Representatives();

		private Run() {
		}

		/**
		 * Groups the signals of these pages, written and committed before, in this order.
		 */
		@Override
		public void written(List<String> pageIds) {
			if (pageIds.isEmpty()) {
				return;
			}
			try {
				transaction.executeWithoutResult(status -> groupPages(pageIds, representatives));
			}
			catch (RuntimeException ex) {
				// The groups started in memory were not written: read them all again next
				// time.
				representatives = new Representatives();
				throw ex;
			}
		}

	}

	private void groupPages(List<String> pageIds, Representatives representatives) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("pageIds", pageIds.toArray(String[]::new))
			.addValue("lock", LOCK)
			.addValue("newest", representatives.newestId());
		jdbc.query("select pg_advisory_xact_lock(:lock)", parameters, (ResultSetExtractor<Void>) rs -> null);
		jdbc.query("select representative, id from signal_group where id > :newest order by id", parameters,
				(ResultSetExtractor<Void>) rs -> {
					while (rs.next()) {
						representatives.add(rs.getString(1), rs.getLong(2));
					}
					return null;
				});
		List<NamedSignal> signals = jdbc.query(SIGNALS, parameters, (rs, n) -> new NamedSignal(rs.getLong(1),
				rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
		List<Assignment> assignments = GroupAssignment.assign(signals, representatives);
		startGroups(representatives);
		MembersSql.write(jdbc, parameters, assignments, representatives);
	}

	/** Writes the groups the pages started, and gives them their ids. */
	private void startGroups(Representatives representatives) {
		Map<String, String> started = representatives.takeUnwritten();
		if (started.isEmpty()) {
			return;
		}
		jdbc.query(
				"insert into signal_group (representative, name) select * from unnest(:representatives::text[],"
						+ " :names::text[]) returning representative, id",
				new MapSqlParameterSource("representatives", started.keySet().toArray(String[]::new)).addValue("names",
						started.values().toArray(String[]::new)),
				(ResultSetExtractor<Void>) rs -> {
					while (rs.next()) {
						representatives.identify(rs.getString(1), rs.getLong(2));
					}
					return null;
				});
	}

}
