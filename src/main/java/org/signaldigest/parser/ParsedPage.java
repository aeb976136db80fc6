package org.signaldigest.parser;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.kind.FindingKind;

/**
 * The content of one digest page. Scalar fields may be null when the page does not give
 * them; lists are never null and are immutable.
 *
 * @param findings the rows of each of the five tables, in page order (every kind is a
 * key)
 */
public record ParsedPage(String title, String digestId, LocalDate digestDate, String digestUrl, String externalUrl,
		String category, String type, String summary, List<String> keywords, List<String> themes,
		Map<FindingKind, List<ParsedFinding>> findings, List<String> relatedIds) {

	public ParsedPage {
		keywords = copy(keywords);
		themes = copy(themes);
		Map<FindingKind, List<ParsedFinding>> rows = new EnumMap<>(FindingKind.class);
		for (FindingKind kind : FindingKind.values()) {
			rows.put(kind, copy(findings == null ? null : findings.get(kind)));
		}
		findings = Map.copyOf(rows);
		relatedIds = copy(relatedIds);
	}

	/**
	 * @return the rows of this table, in page order
	 */
	public List<ParsedFinding> findings(FindingKind kind) {
		return findings.get(kind);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}
