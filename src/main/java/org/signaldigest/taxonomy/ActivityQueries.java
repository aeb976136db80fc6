package org.signaldigest.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.signaldigest.chart.MonthRange;
import org.signaldigest.chart.MonthlyCounts;
import org.signaldigest.kind.TermKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles per month of their digest date: of the whole collection, of one keyword or
 * theme, of the terms a list page shows, read from the counts the import keeps
 * ({@code month_stats} and the terms' {@link TermKind#monthStats()} views, by
 * {@code date_trunc('month', digest_date)}); articles without a digest date are in the
 * null month, kept as "undated". The counts come back over a {@link MonthRange}, usually
 * the whole collection's, every month of it present.
 */
@Repository
@Transactional(readOnly = true)
public class ActivityQueries {

	private final NamedParameterJdbcTemplate jdbc;

	ActivityQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the months of the oldest and newest digest dates, or empty when no article
	 * has a digest date
	 */
	public Optional<MonthRange> range() {
		return jdbc
			.query("select min(month), max(month) from month_stats", Map.of(),
					(rs, n) -> rs.getObject(1) == null ? null
							: MonthRange.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/** Every article. */
	public MonthlyCounts articles(MonthRange range) {
		Tally tally = new Tally();
		jdbc.query("select month, articles from month_stats", Map.of(), (ResultSet rs) -> tally.add(rs, 1));
		return tally.over(range);
	}

	/** The articles that carry one term. */
	public MonthlyCounts articles(MonthRange range, TermKind kind, long termId) {
		Tally tally = new Tally();
		jdbc.query("select month, articles from " + kind.monthStats() + " where id = :id",
				new MapSqlParameterSource("id", termId), (ResultSet rs) -> tally.add(rs, 1));
		return tally.over(range);
	}

	/**
	 * The articles of each of these terms, in one query.
	 * @return by slug, in the order given; a slug no article carries (or no term has)
	 * counts zero every month
	 */
	public Map<String, MonthlyCounts> articles(MonthRange range, TermKind kind, Collection<String> slugs) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		slugs.forEach(slug -> tallies.put(slug, new Tally()));
		if (!slugs.isEmpty()) {
			jdbc.query(
					"select t.slug, s.month, s.articles from " + kind.table() + " t join " + kind.monthStats()
							+ " s on s.id = t.id where t.slug in (:slugs)",
					new MapSqlParameterSource("slugs", slugs),
					(ResultSet rs) -> tallies.get(rs.getString(1)).add(rs, 2));
		}
		Map<String, MonthlyCounts> counts = new LinkedHashMap<>();
		tallies.forEach((slug, tally) -> counts.put(slug, tally.over(range)));
		return counts;
	}

	/** Rows of (month or null, count) added up. */
	private static final class Tally {

		private final Map<YearMonth, Long> months = new HashMap<>();

		private long undated;

		void add(ResultSet rs, int monthColumn) throws SQLException {
			LocalDate month = rs.getObject(monthColumn, LocalDate.class);
			long count = rs.getLong(monthColumn + 1);
			if (month == null) {
				undated += count;
			}
			else {
				months.merge(YearMonth.from(month), count, Long::sum);
			}
		}

		MonthlyCounts over(MonthRange range) {
			return range.fill(months, undated);
		}

	}

}
