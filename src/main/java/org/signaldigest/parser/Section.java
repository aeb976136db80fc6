package org.signaldigest.parser;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The level-2 sections a page may have, in no particular order. */
enum Section {

	KEYWORDS("Keywords"), THEMES("Themes"), OTHER("Other"), SUMMARY("Summary"), SIGNALS("Signals"),
	CONCERNS("Concerns"), BEHAVIORS("Behaviors"), TECHNOLOGIES("Technologies"), ISSUES("Issues"), CLOSEST("Closest");

	private final String title;

	Section(String title) {
		this.title = title;
	}

	String title() {
		return title;
	}

	/** The section with this heading text (case-insensitive, trimmed), or null. */
	static Section named(String heading) {
		String wanted = heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(s -> s.title.toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst()
			.orElse(null);
	}

	static String allTitles() {
		return Arrays.stream(values()).map(Section::title).collect(Collectors.joining(", "));
	}

}
