package org.signaldigest.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.signaldigest.kind.FindingKind;

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

	final Map<FindingKind, List<ParsedFinding>> findings = new EnumMap<>(FindingKind.class);

	final Set<String> relatedIds = new LinkedHashSet<>();

	void appendSummary(String text) {
		if (text != null) {
			summary = summary == null ? text : summary + "\n\n" + text;
		}
	}

	List<ParsedFinding> findings(FindingKind kind) {
		return findings.computeIfAbsent(kind, k -> new ArrayList<>());
	}

	ParsedPage build() {
		return new ParsedPage(title, digestId, digestDate, digestUrl, externalUrl, category, type, summary, keywords,
				themes, findings, List.copyOf(relatedIds));
	}

}
