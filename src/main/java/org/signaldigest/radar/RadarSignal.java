package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;

/**
 * A signal as the radar needs it. {@code pageId} and {@code position} name it for good:
 * they survive a re-import, which gives the row a new id, so its place on the radar is
 * derived from them.
 *
 * @param relevancy 1–5, or null: then it is off the chart
 * @param themes its article's themes, in the page's order (the first ranks highest)
 * @param isNew whether its digest is one of the newest
 * ({@link RadarProperties#newDigestDates()})
 */
record RadarSignal(String pageId, int position, String name, Integer relevancy, String articleTitle,
		LocalDate digestDate, List<Theme> themes, boolean isNew) {

	record Theme(String slug, String name) {
	}

}
