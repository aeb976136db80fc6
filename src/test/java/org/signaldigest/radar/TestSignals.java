package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Radar signals made up for the tests that need no database. */
final class TestSignals {

	/** The latest digest date of the made-up collection, and of its signals. */
	static final LocalDate DATE = LocalDate.of(2024, 3, 24);

	private TestSignals() {
	}

	/** A signal of page {@code pageId} in this category, first seen on {@link #DATE}. */
	static RadarSignal signal(String pageId, int position, Integer relevancy, String category) {
		return new RadarSignal(pageId, position, pageId + " signal " + position, relevancy, "Article " + pageId, DATE,
				category, DATE, List.of(), false);
	}

	/** The same signal, first seen on another day. */
	static RadarSignal firstSeen(RadarSignal signal, LocalDate firstSeen) {
		return new RadarSignal(signal.pageId(), signal.position(), signal.name(), signal.relevancy(),
				signal.articleTitle(), signal.digestDate(), signal.category(), firstSeen, signal.themes(),
				signal.isNew());
	}

	/** The same signal, of an article that carries these sector themes. */
	static RadarSignal themed(RadarSignal signal, String... themes) {
		return new RadarSignal(signal.pageId(), signal.position(), signal.name(), signal.relevancy(),
				signal.articleTitle(), signal.digestDate(), signal.category(), signal.firstSeen(),
				Arrays.asList(themes), signal.isNew());
	}

	static RadarSignal fresh(RadarSignal signal) {
		return new RadarSignal(signal.pageId(), signal.position(), signal.name(), signal.relevancy(),
				signal.articleTitle(), signal.digestDate(), signal.category(), signal.firstSeen(), signal.themes(),
				true);
	}

	/**
	 * {@code count} signals, three a page, in the categories {@code c0}…{@code c4} by
	 * page; relevancy cycles through 5 to 1, and first sightings go back a month a page.
	 */
	static List<RadarSignal> many(int count) {
		List<RadarSignal> signals = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int page = i / 3;
			signals.add(firstSeen(signal("p" + page, i % 3, 5 - i % 5, "c" + page % 5), DATE.minusMonths(page)));
		}
		return signals;
	}

	static RadarSignals of(List<RadarSignal> signals) {
		return new RadarSignals(signals, new Radar.Count(signals.size(), false), new Radar.Count(0, false),
				List.of(DATE), DATE, List.of(), List.of());
	}

	/** The signals with sectors by these themes (slug and name alike). */
	static RadarSignals ofThemes(List<RadarSignal> signals, String... themes) {
		return new RadarSignals(signals, new Radar.Count(signals.size(), false), new Radar.Count(0, false),
				List.of(DATE), DATE, Arrays.stream(themes).map(theme -> new RadarSignal.Theme(theme, theme)).toList(),
				List.of());
	}

}
