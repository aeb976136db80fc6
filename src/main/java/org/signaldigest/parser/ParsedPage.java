package org.signaldigest.parser;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one digest page. Scalar fields may be null when the page does not give
 * them; lists are never null and are immutable.
 */
public record ParsedPage(String title, String digestId, LocalDate digestDate, String digestUrl, String externalUrl,
		String category, String type, String summary, List<String> keywords, List<String> themes,
		List<ParsedSignal> signals, List<ParsedFinding> concerns, List<ParsedFinding> behaviors,
		List<ParsedFinding> technologies, List<ParsedFinding> issues, List<String> relatedIds) {

	public ParsedPage {
		keywords = copy(keywords);
		themes = copy(themes);
		signals = copy(signals);
		concerns = copy(concerns);
		behaviors = copy(behaviors);
		technologies = copy(technologies);
		issues = copy(issues);
		relatedIds = copy(relatedIds);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}
}
