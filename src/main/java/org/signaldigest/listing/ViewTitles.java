package org.signaldigest.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that say what a filtered view shows, for its title and heading: "Signals with
 * relevancy ≥ 4 — theme: data-privacy".
 */
public final class ViewTitles {

	private ViewTitles() {
	}

	public static String describe(String what, Filter filter) {
		StringBuilder title = new StringBuilder(what);
		if (filter.minRelevancy() != null) {
			title.append(" with relevancy ≥ ").append(filter.minRelevancy());
		}
		if (!filter.relevancy().isEmpty()) {
			title.append(" with relevancy ").append(join(filter.relevancy().stream().map(String::valueOf).toList()));
		}
		List<String> parts = new ArrayList<>();
		if (filter.q() != null) {
			parts.add("matching “" + filter.q() + "”");
		}
		if (!filter.theme().isEmpty()) {
			parts.add("theme: " + join(filter.theme()));
		}
		if (!filter.keyword().isEmpty()) {
			parts.add("keyword: " + join(filter.keyword()));
		}
		if (filter.category() != null) {
			parts.add("category: " + filter.category());
		}
		if (filter.type() != null) {
			parts.add("type: " + filter.type());
		}
		if (filter.from() != null) {
			parts.add("from " + filter.from());
		}
		if (filter.to() != null) {
			parts.add("to " + filter.to());
		}
		if (!parts.isEmpty()) {
			title.append(" — ").append(String.join(", ", parts));
		}
		return title.toString();
	}

	private static String join(List<String> values) {
		return String.join(" and ", values);
	}

}
