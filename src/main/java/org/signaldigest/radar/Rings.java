package org.signaldigest.radar;

import java.time.LocalDate;

/**
 * The rings of a radar, numbered from the centre (0) out, and which one a signal is in:
 * by relevancy, 5 at the centre to 1 at the edge; or by when it was first seen, counted
 * back from the latest digest date: within 3 months, 3 to 12 months, 1 to 2 years, and
 * longer ago (a first sighting after the latest date counts as the newest).
 */
final class Rings {

	static final int RELEVANCIES = 5;

	/** How many months back each first-seen ring but the last reaches. */
	private static final int[] MONTHS = { 3, 12, 24 };

	private final boolean byRelevancy;

	private final LocalDate latest;

	/**
	 * @param latest the date first-seen rings count back from (unused by relevancy)
	 */
	Rings(boolean byRelevancy, LocalDate latest) {
		this.byRelevancy = byRelevancy;
		this.latest = latest;
	}

	int count() {
		return byRelevancy ? RELEVANCIES : MONTHS.length + 1;
	}

	/**
	 * @return the ring of a signal that has one: a relevancy, or a first sighting
	 */
	int ringOf(RadarSignal signal) {
		if (byRelevancy) {
			return RELEVANCIES - signal.relevancy();
		}
		int ring = 0;
		while (ring < MONTHS.length && latest != null
				&& !signal.firstSeen().isAfter(latest.minusMonths(MONTHS[ring]))) {
			ring++;
		}
		return ring;
	}

	/**
	 * @return the messages that name a ring: its key (with {@code .short} for the label
	 * on the chart) and its argument
	 */
	String key(int ring) {
		return byRelevancy ? "radar.ring.relevancy" : "radar.ring.firstSeen" + ring;
	}

	Object argument(int ring) {
		return byRelevancy ? RELEVANCIES - ring : null;
	}

}
