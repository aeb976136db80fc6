package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;

/**
 * A signal as the radar needs it. {@code pageId} and {@code position} name it for good:
 * they survive a re-import, which gives the row a new id, so its place on the radar is
 * derived from them.
 *
 * @param relevancy 1–5, or null
 * @param category its article's category, or null
 * @param firstSeen when it was first seen: the first digest date of its recurring group
 * (its own digest date when it has no group yet)
 * @param themes the slugs of the sector themes its article carries (with sectors by
 * theme; else empty)
 * @param isNew whether its digest is one of the newest
 * ({@link RadarProperties#newDigestDates()})
 */
record RadarSignal(String pageId, int position, String name, Integer relevancy, String articleTitle,
		LocalDate digestDate, String category, LocalDate firstSeen, List<String> themes, boolean isNew) {

	/** A theme: its slug names it in links, its name is shown. */
	record Theme(String slug, String name) {
	}

}
