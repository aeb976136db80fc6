package org.signaldigest.parser;

import java.util.Locale;
import java.util.Map;

/**
 * The columns a findings or signals table may have, matched by header name, never by
 * position.
 */
enum TableColumn {

	NAME, DESCRIPTION, CHANGE, TEN_YEAR, DRIVING_FORCE, RELEVANCY;

	private static final Map<String, TableColumn> BY_NORMALISED_NAME = Map.of("name", NAME, "signal", NAME,
			"description", DESCRIPTION, "change", CHANGE, "10year", TEN_YEAR, "10yhorizon", TEN_YEAR, "tenyear",
			TEN_YEAR, "drivingforce", DRIVING_FORCE, "relevancy", RELEVANCY);

	/**
	 * The column for a header text, or null when unknown. Lower case,
	 * spaces/hyphens/underscores dropped.
	 */
	static TableColumn forHeader(String header) {
		return BY_NORMALISED_NAME.get(normalise(header));
	}

	static String normalise(String header) {
		return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
	}

}
