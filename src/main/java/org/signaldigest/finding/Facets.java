package org.signaldigest.finding;

import java.util.List;

/**
 * Counts of the filtered rows by relevancy, theme, keyword, category and type, shown beside a table: each value is a
 * link that adds (or removes) that filter.
 */
public record Facets(List<Value> relevancy, List<Value> themes, List<Value> keywords, List<Value> categories,
		List<Value> types) {

	/** @param value the parameter value (a slug, a relevancy, a category…); null for "no relevancy" */
	public record Value(String value, String label, long count) {
	}

}
