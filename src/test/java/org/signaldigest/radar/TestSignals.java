package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Radar signals made up for the tests that need no database. */
final class TestSignals {

	static final LocalDate DATE = LocalDate.of(2024, 3, 24);

	private TestSignals() {
	}

	/**
	 * A signal of page {@code pageId} whose article carries these themes, in this order
	 * (slug and name alike).
	 */
	static RadarSignal signal(String pageId, int position, Integer relevancy, String... themes) {
		return new RadarSignal(pageId, position, pageId + " signal " + position, relevancy, "Article " + pageId, DATE,
				Arrays.stream(themes).map(theme -> new RadarSignal.Theme(theme, theme)).toList(), false);
	}

	static RadarSignal fresh(RadarSignal signal) {
		return new RadarSignal(signal.pageId(), signal.position(), signal.name(), signal.relevancy(),
				signal.articleTitle(), signal.digestDate(), signal.themes(), true);
	}

	/**
	 * {@code count} signals, three a page, in 12 groups of pages: page {@code pN} carries
	 * the themes {@code tN mod 12} and {@code uN mod 12}; every fifth signal has no
	 * relevancy, the others cycle through 1–5.
	 */
	static List<RadarSignal> many(int count) {
		List<RadarSignal> signals = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int page = i / 3;
			signals.add(signal("p" + page, i % 3, i % 5 == 4 ? null : 1 + i % 5, "t" + page % 12, "u" + page % 12));
		}
		return signals;
	}

	static RadarSignals of(List<RadarSignal> signals) {
		return new RadarSignals(signals, signals.size(), false, List.of(DATE));
	}

}
