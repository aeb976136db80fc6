package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the signals of the radar: at most {@link RadarView#top()} of them with when they
 * were first seen, bounded counts of the others, the dates that make a signal new and
 * that the rings count back from, and with sectors by theme the themes. A few short
 * queries, none of which reads every matching row.
 */
@Repository
@Transactional(readOnly = true)
class RadarQueries {

	/**
	 * Which signals make the cut: the most relevant, then the newest digest; page id and
	 * position break ties.
	 */
	static final String ORDER = Ordering.ROWS_MOST_RELEVANT_FIRST;

	private static final String FROM = " from signal f join article a on a.id = f.article_id";

	/**
	 * The first signals, then (for only them) their groups' first digest dates, in the
	 * same order: %s is the condition.
	 */
	private static final String TOP = """
			select f.article_id, f.page_id, f.position, f.name, f.relevancy, f.title, f.digest_date, f.category,
			  coalesce(g.first_seen, f.digest_date)
			from (select f.article_id, f.page_id, f.position, f.name, f.relevancy, a.title, f.digest_date, a.category
			  %s %s order by %s limit :top) f
			left join signal_group_member m on m.article_id = f.article_id and m.position = f.position
			left join signal_group g on g.id = m.group_id
			order by %s""";

	private final NamedParameterJdbcTemplate jdbc;

	private final RadarThemes themes;

	private final RadarProperties properties;

	RadarQueries(NamedParameterJdbcTemplate jdbc, RadarThemes themes, RadarProperties properties) {
		this.jdbc = jdbc;
		this.themes = themes;
		this.properties = properties;
	}

	RadarSignals radar(ResolvedFilter filter, RadarView view) {
		Map<Long, RadarSignal.Theme> sectorThemes = view.byTheme() ? themes.sectors(view.sectorTheme()) : Map.of();
		FilterSql where = FilterSql.forRows(filter);
		MapSqlParameterSource parameters = where.parameters().addValue("top", view.top());
		String ringed = view.byRelevancy() ? "f.relevancy is not null" : "f.digest_date is not null";
		String unringed = view.byRelevancy() ? "f.relevancy is null" : "f.digest_date is null";
		String inSector = "";
		if (view.byTheme()) {
			inSector = " and exists (select 1 from article_theme l where l.article_id = f.article_id"
					+ " and l.theme_id = any(:sectorThemes))";
			parameters.addValue("sectorThemes", sectorThemes.keySet().toArray(Long[]::new));
		}
		String drawn = " where " + ringed + inSector + where.and();
		List<Row> rows = jdbc.query(TOP.formatted(FROM, drawn, ORDER, ORDER), parameters,
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getObject(5, Integer.class), rs.getString(6), rs.getObject(7, LocalDate.class),
						rs.getString(8), rs.getObject(9, LocalDate.class)));
		Radar.Count matching = rows.size() < view.top() ? new Radar.Count(rows.size(), false)
				: count(drawn, parameters);
		List<LocalDate> newDates = newDates();
		Map<Long, List<Long>> carried = themes.carried(rows.stream().map(Row::articleId).distinct().toList(),
				sectorThemes.keySet());
		List<RadarSignal> signals = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<String> slugs = carried.getOrDefault(row.articleId(), List.of())
				.stream()
				.map(id -> sectorThemes.get(id).slug())
				.toList();
			boolean isNew = row.digestDate() != null && newDates.contains(row.digestDate());
			signals.add(new RadarSignal(row.pageId(), row.position(), row.name(), row.relevancy(), row.title(),
					row.digestDate(), row.category(), row.firstSeen(), slugs, isNew));
		}
		return new RadarSignals(signals, matching, count(" where " + unringed + inSector + where.and(), parameters),
				newDates, view.byRelevancy() ? null : latest(filter.filter().to()), List.copyOf(sectorThemes.values()),
				view.byTheme() ? themes.choices(sectorThemes) : List.of());
	}

	/** Counts the signals of a condition, stopping at the limit. */
	private Radar.Count count(String where, MapSqlParameterSource parameters) {
		parameters.addValue("countLimit", properties.countLimit());
		long count = jdbc.queryForObject("select count(*) from (select 1" + FROM + where + " limit :countLimit) c",
				parameters, Long.class);
		return new Radar.Count(count, count >= properties.countLimit());
	}

	/**
	 * The newest {@link RadarProperties#newDigestDates()} digest dates of the whole
	 * collection (not of the filter), newest first, leaving out dates in the future,
	 * which the importer keeps as written but flags as mistakes.
	 */
	private List<LocalDate> newDates() {
		return jdbc.queryForList("""
				select distinct digest_date from article where digest_date <= current_date
				order by digest_date desc limit :dates""", Map.of("dates", properties.newDigestDates()),
				LocalDate.class);
	}

	/**
	 * The newest digest date of the collection that is neither in the future nor after
	 * {@code to}, if given.
	 */
	private LocalDate latest(LocalDate to) {
		return jdbc.queryForObject(
				"select max(digest_date) from article where digest_date <= least(current_date, cast(:to as date))",
				new MapSqlParameterSource("to", to), LocalDate.class);
	}

	private record Row(long articleId, String pageId, int position, String name, Integer relevancy, String title,
			LocalDate digestDate, String category, LocalDate firstSeen) {
	}

}
