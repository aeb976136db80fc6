package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes of a radar with sectors by theme: which themes have a sector, which are
 * offered, and which of them the articles of the signals shown carry.
 */
@Repository
@Transactional(readOnly = true)
class RadarThemes {

	/** How many of the collection's most common themes are offered as sectors. */
	static final int CHOICES = 12;

	private final NamedParameterJdbcTemplate jdbc;

	RadarThemes(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The themes that get a sector, by id, in sector order: those of these slugs in this
	 * order (slugs that name no theme are left out), or without slugs the collection's
	 * {@value RadarView#DEFAULT_THEMES} most common.
	 */
	Map<Long, RadarSignal.Theme> sectors(List<String> slugs) {
		if (slugs.isEmpty()) {
			return mostCommon(RadarView.DEFAULT_THEMES);
		}
		Map<String, Map.Entry<Long, RadarSignal.Theme>> bySlug = new HashMap<>();
		jdbc.query("select id, slug, name from theme where slug = any(:slugs)",
				Map.of("slugs", slugs.toArray(String[]::new)), row -> {
					bySlug.put(row.getString(2),
							Map.entry(row.getLong(1), new RadarSignal.Theme(row.getString(2), row.getString(3))));
				});
		Map<Long, RadarSignal.Theme> themes = new LinkedHashMap<>();
		slugs.stream()
			.map(bySlug::get)
			.filter(theme -> theme != null)
			.forEach(theme -> themes.put(theme.getKey(), theme.getValue()));
		return themes;
	}

	/** The themes offered: these, then the collection's most common others. */
	List<RadarSignal.Theme> choices(Map<Long, RadarSignal.Theme> chosen) {
		List<RadarSignal.Theme> choices = new ArrayList<>(chosen.values());
		mostCommon(CHOICES).forEach((id, theme) -> {
			if (!chosen.containsKey(id)) {
				choices.add(theme);
			}
		});
		return choices;
	}

	/** For each of these articles, which of these themes it carries (by id). */
	Map<Long, List<Long>> carried(List<Long> articles, Iterable<Long> themes) {
		Map<Long, List<Long>> carried = new HashMap<>();
		List<Long> themeIds = new ArrayList<>();
		themes.forEach(themeIds::add);
		if (articles.isEmpty() || themeIds.isEmpty()) {
			return carried;
		}
		jdbc.query(
				"select article_id, theme_id from article_theme"
						+ " where article_id = any(:articles) and theme_id = any(:themes)",
				Map.of("articles", articles.toArray(Long[]::new), "themes", themeIds.toArray(Long[]::new)), row -> {
					carried.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
				});
		return carried;
	}

	private Map<Long, RadarSignal.Theme> mostCommon(int limit) {
		Map<Long, RadarSignal.Theme> themes = new LinkedHashMap<>();
		jdbc.query("select id, slug, name from theme_stats order by articles desc, lower(name), slug limit :limit",
				Map.of("limit", limit), row -> {
					themes.put(row.getLong(1), new RadarSignal.Theme(row.getString(2), row.getString(3)));
				});
		return themes;
	}

}
