package org.signaldigest.finding;

import java.util.List;

/**
 * Counts of the filtered rows by relevancy, theme, keyword, category and type, shown
 * beside a table: each value is a link that adds (or removes) that filter.
 *
 * @param counted how many matching rows the counts are over, at most {@code limit}: the
 * newest, when more match
 * @param limit the most rows the counts are taken over
 */
public record Facets(List<Value> relevancy, List<Value> themes, List<Value> keywords, List<Value> categories,
		List<Value> types, long counted, long limit) {

	/**
	 * @param value the parameter value (a slug, a relevancy, a category…); null for "no
	 * relevancy"
	 */
	public record Value(String value, String label, long count) {
	}

	/**
	 * @return whether the counts are over the newest rows only, because more match
	 */
	public boolean partial() {
		return counted >= limit;
	}

}
