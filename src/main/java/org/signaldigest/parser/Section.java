package org.signaldigest.parser;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.signaldigest.kind.FindingKind;

/** The level-2 sections a page may have, in no particular order. */
enum Section {

	// @formatter:off
	KEYWORDS("Keywords", null),
	THEMES("Themes", null),
	OTHER("Other", null),
	SUMMARY("Summary", null),
	SIGNALS("Signals", FindingKind.SIGNALS),
	CONCERNS("Concerns", FindingKind.CONCERNS),
	BEHAVIORS("Behaviors", FindingKind.BEHAVIORS),
	TECHNOLOGIES("Technologies", FindingKind.TECHNOLOGIES),
	ISSUES("Issues", FindingKind.ISSUES),
	CLOSEST("Closest", null);
	// @formatter:on

	private final String title;

	private final FindingKind kind;

	Section(String title, FindingKind kind) {
		this.title = title;
		this.kind = kind;
	}

	/**
	 * @return the kind of the rows of its table, or null for a section without one
	 */
	FindingKind kind() {
		return kind;
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
