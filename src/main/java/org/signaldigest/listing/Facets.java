package org.signaldigest.listing;

import java.util.List;

/**
 * Counts of the filtered rows (or articles) by relevancy, theme, keyword, category and
 * type, shown beside a table: each value is a link that adds (or removes) that filter,
 * and the filter form offers the categories and types with their counts. Each list holds
 * up to {@code size} values, and one more when there are more.
 *
 * @param counted how many matching rows the counts are over, at most {@code limit}: the
 * newest, when more match
 * @param limit the most rows the counts are taken over
 * @param size how many values of each facet are shown
 */
public record Facets(List<Value> relevancy, List<Value> themes, List<Value> keywords, List<Value> categories,
		List<Value> types, long counted, long limit, int size) {

	/** No facet at all. */
	public static Facets none(long limit) {
		return new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), 0, limit, FacetCounter.FACET_SIZE);
	}

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

	/**
	 * @return the values of the facet of this filter ("theme", "category"…), up to
	 * {@link #size()} and one more when there are more
	 */
	public List<Value> values(String filter) {
		return switch (filter) {
			case "relevancy" -> relevancy;
			case "theme" -> themes;
			case "keyword" -> keywords;
			case "category" -> categories;
			case "type" -> types;
			default -> throw new IllegalArgumentException("no facet counts the filter " + filter);
		};
	}

	/**
	 * @return whether this facet has more values than it shows, and may show more
	 */
	public boolean hasMore(List<Value> values) {
		return values.size() > size && size < FacetCounter.MAX_FACET_SIZE;
	}

	/**
	 * @return whether more values than usual show ({@code facetSize} was asked for)
	 */
	public boolean widened() {
		return size > FacetCounter.FACET_SIZE;
	}

	/**
	 * @return how many values a facet shows at most, when asked for more
	 */
	public int maxSize() {
		return FacetCounter.MAX_FACET_SIZE;
	}

	/**
	 * @return the same with the categories or the types replaced
	 */
	Facets with(String filter, List<Value> values) {
		return switch (filter) {
			case "category" -> new Facets(relevancy, themes, keywords, values, types, counted, limit, size);
			case "type" -> new Facets(relevancy, themes, keywords, categories, values, counted, limit, size);
			default -> throw new IllegalArgumentException("only categories and types are replaced, not " + filter);
		};
	}

}
