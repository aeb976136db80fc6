package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sectors of a radar, in their order clockwise, and which one a signal is in.
 * <p>
 * By category: a sector per category of the signals drawn, in alphabetical order, then
 * "no category" for articles without one. Beyond {@value RadarView#MAX_SECTORS} sectors,
 * the {@code MAX_SECTORS - 1} with the most signals keep theirs (ties: by name) and the
 * others share "other categories", drawn last. By theme: a sector per chosen theme, in
 * the order chosen; a signal is in the first of them its article carries.
 */
final class Sectors {

	private static final Comparator<String> BY_NAME = Comparator
		.nullsLast(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)).thenComparing(name -> name));

	private final List<Definition> sectors;

	private final Map<String, Integer> byKey = new HashMap<>();

	private final boolean byTheme;

	private Sectors(List<Definition> sectors, boolean byTheme) {
		this.sectors = sectors;
		this.byTheme = byTheme;
		for (int i = 0; i < sectors.size(); i++) {
			if (sectors.get(i).kind() != Kind.OTHER_CATEGORIES) {
				byKey.put(sectors.get(i).key(), i);
			}
		}
	}

	static Sectors byTheme(List<RadarSignal.Theme> themes) {
		return new Sectors(
				themes.stream().map(theme -> new Definition(Kind.THEME, theme.slug(), theme.name())).toList(), true);
	}

	static Sectors byCategory(List<RadarSignal> signals) {
		Map<String, Integer> counts = new HashMap<>();
		signals.forEach(signal -> counts.merge(signal.category(), 1, Integer::sum));
		List<String> kept = new ArrayList<>(counts.keySet());
		boolean rest = kept.size() > RadarView.MAX_SECTORS;
		if (rest) {
			kept.sort(Comparator.comparing((String key) -> -counts.get(key)).thenComparing(BY_NAME));
			kept = kept.subList(0, RadarView.MAX_SECTORS - 1);
		}
		kept.sort(BY_NAME);
		List<Definition> sectors = new ArrayList<>();
		kept.forEach(category -> sectors.add(category == null ? new Definition(Kind.NO_CATEGORY, null, null)
				: new Definition(Kind.CATEGORY, category, category)));
		if (rest) {
			sectors.add(new Definition(Kind.OTHER_CATEGORIES, null, null));
		}
		Sectors result = new Sectors(sectors, false);
		counts.keySet().forEach(key -> result.byKey.putIfAbsent(key, sectors.size() - 1));
		return result;
	}

	List<Definition> all() {
		return sectors;
	}

	int sectorOf(RadarSignal signal) {
		if (!byTheme) {
			return byKey.get(signal.category());
		}
		return signal.themes()
			.stream()
			.map(byKey::get)
			.filter(sector -> sector != null)
			.min(Integer::compare)
			.orElseThrow();
	}

	/** What a sector holds. */
	enum Kind {

		/** the signals of articles of one category */
		CATEGORY,
		/** the signals of articles without a category */
		NO_CATEGORY,
		/** the signals of the categories left without a sector of their own */
		OTHER_CATEGORIES,
		/**
		 * the signals of articles that carry a theme (and none of the sectors before it)
		 */
		THEME

	}

	/**
	 * A sector.
	 *
	 * @param key its category or its theme's slug (null for the sectors without one)
	 * @param name its category or its theme's name (null for the others, which the
	 * messages name)
	 */
	record Definition(Kind kind, String key, String name) {
	}

}
