package org.signaldigest.trend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.chart.MonthRange;
import org.signaldigest.listing.ConfirmedDates;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.SortableColumns;
import org.signaldigest.taxonomy.Growth;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring signals: the groups seen in at least two digests. Without filters their
 * counters are read as stored; with filters they are counted from the matching signals.
 * Either way "the data" whose last 12 weeks make the growth and whose months make the
 * sparklines is what matches, up to the latest confirmed digest date of a grouped signal
 * ({@link ConfirmedDates}): a date typed wrong, after its import, never anchors them.
 */
@Repository
@Transactional(readOnly = true)
class TrendQueries {

	static final SortableColumns COLUMNS = SortableColumns.of("mentions", "s.mentions", "digests", "s.digests",
			"lastSeen", "s.last_seen", "firstSeen", "s.first_seen", "growth", Growth.SQL, "relevancy", "s.relevancy",
			"name", "lower(s.name)");

	/**
	 * The order of the list unless sorted otherwise, as a sort parameter
	 * ({@link #ORDER}).
	 */
	static final String DEFAULT_SORT = "mentions,desc";

	/**
	 * The order of the partial index on signal_group: the first page reads 50 groups,
	 * nothing more.
	 */
	private static final String ORDER = "s.mentions desc, s.group_id";

	private static final String WINDOW = "count(*) filter (where %1$s > b.last_day - " + Growth.WINDOW_DAYS
			+ " and %1$s <= b.last_day) as recent, count(*) filter (where %1$s <= b.last_day - " + Growth.WINDOW_DAYS
			+ " and %1$s > b.last_day - " + 2 * Growth.WINDOW_DAYS + ") as previous";

	/**
	 * The stored counters; the growth of a group is counted from its members of the last
	 * 24 weeks. The data ends at the latest confirmed digest date of a grouped signal.
	 */
	private static final String STORED = """
			bounds as (select min(digest_date) as first_day, coalesce((select m.digest_date from signal_group_member m
			  join article a on a.id = m.article_id where m.digest_date is not null and %s
			  order by m.digest_date desc limit 1), max(digest_date)) as last_day from signal_group_member),
			stats as (
			  select g.id as group_id, g.name, g.mentions, g.digests, g.first_seen, g.last_seen,
			    g.relevancy_sum::float8 / nullif(g.relevancy_count, 0) as relevancy, w.recent, w.previous
			  from signal_group g cross join bounds b
			  cross join lateral (select %s from signal_group_member m
			    where m.group_id = g.id and m.digest_date > b.last_day - %d and m.digest_date <= b.last_day) w
			  where g.digests >= 2)""".formatted(ConfirmedDates.CONFIRMED, WINDOW.formatted("m.digest_date"),
			2 * Growth.WINDOW_DAYS);

	private static final String MATCHING = """
			rows as (select m.group_id, m.digest_date, m.relevancy, %s as confirmed from signal_group_member m
			  join signal f on f.article_id = m.article_id and f.position = m.position
			  join article a on a.id = m.article_id %s),
			bounds as (select min(digest_date) as first_day,
			  coalesce(max(digest_date) filter (where confirmed), max(digest_date)) as last_day from rows),
			stats as (select x.*, g.name from (
			  select r.group_id, count(*) as mentions, count(distinct r.digest_date) as digests,
			    min(r.digest_date) as first_seen, max(r.digest_date) as last_seen, avg(r.relevancy)::float8 as relevancy,
			    %s
			  from rows r, bounds b group by r.group_id having count(distinct r.digest_date) >= 2) x
			  join signal_group g on g.id = x.group_id)""";

	private final NamedParameterJdbcTemplate jdbc;

	TrendQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<TrendRow> recurring(ResolvedFilter filter, Pageable pageable) {
		FilterSql where = FilterSql.forRows(filter);
		MapSqlParameterSource parameters = where.parameters()
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		String with = "with " + (filter.filter().isEmpty() ? STORED
				: MATCHING.formatted(ConfirmedDates.CONFIRMED, where.where(), WINDOW.formatted("r.digest_date")));
		List<Object[]> rows = jdbc.query(with + " select s.group_id, s.name, s.mentions, s.digests, s.first_seen,"
				+ " s.last_seen, s.relevancy, s.recent, s.previous, b.first_day, b.last_day from stats s, bounds b"
				+ " order by " + COLUMNS.orderBy(pageable.getSort(), ORDER) + " limit :limit offset :offset",
				parameters,
				(rs, n) -> new Object[] {
						new TrendRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
								rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
								rs.getObject(7, Double.class), new Growth(rs.getLong(8), rs.getLong(9)), null),
						rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class) });
		long total = jdbc.queryForObject(filter.filter().isEmpty()
				? "select count(*) from signal_group where digests >= 2" : with + " select count(*) from stats",
				parameters, Long.class);
		if (rows.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		Object[] first = rows.get(0);
		List<TrendRow> trends = rows.stream().map(row -> (TrendRow) row[0]).toList();
		return new PageImpl<>(withMonths(trends, filter.filter().isEmpty() ? null : with, parameters,
				(LocalDate) first[1], (LocalDate) first[2]), pageable, total);
	}

	/** Mentions per month of each group, over the months of the data. */
	private List<TrendRow> withMonths(List<TrendRow> trends, String matching, MapSqlParameterSource parameters,
			LocalDate firstDay, LocalDate lastDay) {
		MonthRange range = MonthRange.of(firstDay, lastDay);
		parameters.addValue("ids", trends.stream().map(TrendRow::id).toList()).addValue("lastDay", lastDay);
		String source = matching == null ? " from signal_group_member r" : " from rows r";
		Map<Long, Map<YearMonth, Long>> counts = new HashMap<>();
		jdbc.query((matching == null ? "" : matching) + " select r.group_id, date_trunc('month', r.digest_date)::date,"
				+ " count(*)" + source + " where r.group_id in (:ids) and r.digest_date <= :lastDay group by 1, 2",
				parameters, rs -> {
					counts.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
						.put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3));
				});
		return trends.stream()
			.map(row -> row.withMonths(range.fill(counts.getOrDefault(row.id(), Map.of()), 0)))
			.toList();
	}

}
