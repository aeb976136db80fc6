package org.signaldigest.listing;

import java.util.List;
import java.util.Map;

import org.signaldigest.kind.TermKind;

/**
 * A filter whose keywords and themes were looked up: what the queries of a request take,
 * so that the terms are looked up once however many queries the page makes, and what says
 * the filter in words (chips, titles), with the terms' names. Made by
 * {@link FilterTerms}.
 *
 * @param terms the term of each slug of the filter that names one, by kind
 */
public record ResolvedFilter(Filter filter, Map<TermKind, Map<String, Term>> terms) {

	/** No filter: nothing to look up. */
	public static final ResolvedFilter NONE = new ResolvedFilter(Filter.NONE, Map.of());

	public ResolvedFilter {
		terms = Map.copyOf(terms);
	}

	/**
	 * @return the id of the term of this slug, or null when no term has it
	 */
	Long termId(TermKind kind, String slug) {
		Term term = term(kind, slug);
		return term == null ? null : term.id();
	}

	/**
	 * @return the filters that are set, each value with its words: a term's name, else
	 * the value as given
	 */
	public List<Filter.Active> active() {
		return filter.active().stream().map(this::named).toList();
	}

	/**
	 * @return the same, without the filters only rows of the five tables understand
	 */
	public ResolvedFilter forArticles() {
		return new ResolvedFilter(filter.without(field -> field.condition().rowsOnly()), terms);
	}

	/**
	 * @return the same with this filter set to a value, or cleared with null
	 */
	public ResolvedFilter with(String name, Object value) {
		return new ResolvedFilter(filter.with(name, value), terms);
	}

	private Filter.Active named(Filter.Active active) {
		TermKind kind = active.field().condition().terms();
		if (kind == null) {
			return active;
		}
		List<String> labels = active.values().stream().map(value -> {
			Term term = term(kind, (String) value);
			return term == null ? (String) value : term.name();
		}).toList();
		return new Filter.Active(active.field(), active.values(), labels);
	}

	private Term term(TermKind kind, String slug) {
		return terms.getOrDefault(kind, Map.of()).get(slug);
	}

	/** A keyword or theme a filter names. */
	public record Term(long id, String name) {
	}

}
