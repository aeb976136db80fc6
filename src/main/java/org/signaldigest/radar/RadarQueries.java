package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads the signals of the radar: at most {@link RadarProperties#maxDots()} of them, a
 * bounded count of all that match, their articles' themes and the date from which a
 * digest is new. Four short queries, none of which reads every matching row.
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

	private final NamedParameterJdbcTemplate jdbc;

	private final RadarProperties properties;

	RadarQueries(NamedParameterJdbcTemplate jdbc, RadarProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	RadarSignals radar(ResolvedFilter filter) {
		FilterSql where = FilterSql.forRows(filter);
		List<Row> rows = jdbc.query(
				"select a.id, a.page_id, f.position, f.name, f.relevancy, a.title, a.digest_date" + FROM + where.where()
						+ " order by " + ORDER + " limit :maxDots",
				where.parameters().addValue("maxDots", properties.maxDots()),
				(rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getObject(5, Integer.class), rs.getString(6), rs.getObject(7, LocalDate.class)));
		long matching = rows.size() < properties.maxDots() ? rows.size() : count(where);
		List<LocalDate> newDates = newDates();
		Map<Long, List<RadarSignal.Theme>> themes = themes(rows);
		List<RadarSignal> signals = new ArrayList<>(rows.size());
		for (Row row : rows) {
			boolean isNew = row.digestDate() != null && newDates.contains(row.digestDate());
			signals.add(new RadarSignal(row.pageId(), row.position(), row.name(), row.relevancy(), row.title(),
					row.digestDate(), themes.getOrDefault(row.articleId(), List.of()), isNew));
		}
		return new RadarSignals(signals, matching, matching >= properties.countLimit(), newDates);
	}

	/** Counts the matching signals, stopping at the limit. */
	private long count(FilterSql where) {
		MapSqlParameterSource parameters = where.parameters().addValue("countLimit", properties.countLimit());
		return jdbc.queryForObject("select count(*) from (select 1" + FROM + where.where() + " limit :countLimit) c",
				parameters, Long.class);
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

	/** The themes of the rows' articles, in the order their pages list them. */
	private Map<Long, List<RadarSignal.Theme>> themes(List<Row> rows) {
		Map<Long, List<RadarSignal.Theme>> themes = new HashMap<>();
		List<Long> articles = rows.stream().map(Row::articleId).distinct().toList();
		if (articles.isEmpty()) {
			return themes;
		}
		jdbc.query(
				"select l.article_id, t.slug, t.name from article_theme l join theme t on t.id = l.theme_id"
						+ " where l.article_id in (:articles) order by l.article_id, l.position",
				Map.of("articles", articles), rs -> {
					themes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new RadarSignal.Theme(rs.getString(2), rs.getString(3)));
				});
		return themes;
	}

	private record Row(long articleId, String pageId, int position, String name, Integer relevancy, String title,
			LocalDate digestDate) {
	}

}
