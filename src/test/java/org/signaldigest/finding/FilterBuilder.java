package org.signaldigest.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.signaldigest.listing.Filter;

/** Builds {@link Filter}s for tests, one parameter at a time. */
final class FilterBuilder {

	private String q;

	private Integer minRelevancy;

	private final List<Integer> relevancy = new ArrayList<>();

	private final List<String> themes = new ArrayList<>();

	private final List<String> keywords = new ArrayList<>();

	private String category;

	private String type;

	private LocalDate from;

	private LocalDate to;

	FilterBuilder q(String q) {
		this.q = q;
		return this;
	}

	FilterBuilder minRelevancy(int minRelevancy) {
		this.minRelevancy = minRelevancy;
		return this;
	}

	FilterBuilder relevancy(Integer... relevancies) {
		relevancy.addAll(List.of(relevancies));
		return this;
	}

	FilterBuilder theme(String slug) {
		themes.add(slug);
		return this;
	}

	FilterBuilder keyword(String slug) {
		keywords.add(slug);
		return this;
	}

	FilterBuilder category(String category) {
		this.category = category;
		return this;
	}

	FilterBuilder type(String type) {
		this.type = type;
		return this;
	}

	FilterBuilder from(LocalDate from) {
		this.from = from;
		return this;
	}

	FilterBuilder to(LocalDate to) {
		this.to = to;
		return this;
	}

	Filter build() {
		return new Filter(q, minRelevancy, relevancy, themes, keywords, category, type, from, to);
	}

}
