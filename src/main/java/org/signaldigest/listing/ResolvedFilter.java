package org.signaldigest.listing;

import java.util.Map;

import org.signaldigest.kind.TermKind;

/**
 * A filter whose keywords and themes were looked up: what the queries of a request take,
 * so that the terms are looked up once however many queries the page makes. Made by
 * {@link FilterTerms}.
 *
 * @param termIds the id of each slug of the filter that names a term, by kind
 */
public record ResolvedFilter(Filter filter, Map<TermKind, Map<String, Long>> termIds) {

	/** No filter: nothing to look up. */
	public static final ResolvedFilter NONE = new ResolvedFilter(Filter.NONE, Map.of());

	public ResolvedFilter {
		termIds = Map.copyOf(termIds);
	}

	/**
	 * @return the id of the term of this slug, or null when no term has it
	 */
	Long termId(TermKind kind, String slug) {
		return termIds.getOrDefault(kind, Map.of()).get(slug);
	}

	/**
	 * @return the same, without the filters only rows of the five tables understand
	 */
	public ResolvedFilter forArticles() {
		return new ResolvedFilter(filter.without(field -> field.condition().rowsOnly()), termIds);
	}

}
