package org.signaldigest.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Mutable accumulator for one page while its sections are read; {@link #build()} makes
 * the immutable page.
 */
final class PageDraft {

	String title;

	String digestId;

	LocalDate digestDate;

	String digestUrl;

	String externalUrl;

	String category;

	String type;

	String summary;

	final List<String> keywords = new ArrayList<>();

	final List<String> themes = new ArrayList<>();

	final List<ParsedSignal> signals = new ArrayList<>();

	final List<ParsedFinding> concerns = new ArrayList<>();

	final List<ParsedFinding> behaviors = new ArrayList<>();

	final List<ParsedFinding> technologies = new ArrayList<>();

	final List<ParsedFinding> issues = new ArrayList<>();

	final Set<String> relatedIds = new LinkedHashSet<>();

	void appendSummary(String text) {
		if (text != null) {
			summary = summary == null ? text : summary + "\n\n" + text;
		}
	}

	List<ParsedFinding> findings(Section section) {
		return switch (section) {
			case CONCERNS -> concerns;
			case BEHAVIORS -> behaviors;
			case TECHNOLOGIES -> technologies;
			case ISSUES -> issues;
			default -> throw new IllegalArgumentException("not a findings section: " + section);
		};
	}

	ParsedPage build() {
		return new ParsedPage(title, digestId, digestDate, digestUrl, externalUrl, category, type, summary, keywords,
				themes, signals, concerns, behaviors, technologies, issues, List.copyOf(relatedIds));
	}

}
