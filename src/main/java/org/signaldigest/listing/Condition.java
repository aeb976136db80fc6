package org.signaldigest.listing;

import java.util.List;

import org.signaldigest.kind.TermKind;

/**
 * What a filter keeps, as SQL over an article {@code a} or over rows {@code f} of the
 * five tables (which carry their article's id, digest date and, in their search vector,
 * its title). Values are always bound as parameters named after the filter.
 */
public enum Condition {

	/** Full text, PostgreSQL's {@code websearch_to_tsquery} syntax. */
	FULL_TEXT(false) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.add(sql.alias() + ".search @@ websearch_to_tsquery('english', :" + name + ")", name, values.get(0));
		}
	},
	/** Rows with at least this relevancy. */
	MIN_RELEVANCY(true) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.add("f.relevancy >= :" + name, name, values.get(0));
		}
	},
	/** Rows with one of these relevancies. */
	ANY_RELEVANCY(true) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.add("f.relevancy in (:" + name + ")", name, values);
		}
	},
	/** Rows or articles whose article carries every one of these themes (slugs). */
	ALL_THEMES(false, TermKind.THEMES) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.addTerms(TermKind.THEMES, name, values);
		}
	},
	/** Rows or articles whose article carries every one of these keywords (slugs). */
	ALL_KEYWORDS(false, TermKind.KEYWORDS) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.addTerms(TermKind.KEYWORDS, name, values);
		}
	},
	/** The article's column of the filter's name has this value. */
	ARTICLE_EQUALS(false) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.addOnArticle("a." + name + " = :" + name, name, values.get(0));
		}
	},
	/** Digest date on or after. */
	ON_OR_AFTER(false) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.add(sql.alias() + ".digest_date >= :" + name, name, values.get(0));
		}
	},
	/** Digest date on or before. */
	ON_OR_BEFORE(false) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.add(sql.alias() + ".digest_date <= :" + name, name, values.get(0));
		}
	},
	/** The article's digest date is missing or unconfirmed ({@link ConfirmedDates}). */
	UNCONFIRMED_DATE(false) {
		@Override
		void add(FilterSql sql, String name, List<Object> values) {
			sql.addOnArticle(ConfirmedDates.UNCONFIRMED);
		}
	};

	private final boolean rowsOnly;

	private final TermKind terms;

	Condition(boolean rowsOnly) {
		this(rowsOnly, null);
	}

	Condition(boolean rowsOnly, TermKind terms) {
		this.rowsOnly = rowsOnly;
		this.terms = terms;
	}

	/**
	 * @return the kind of the terms whose slugs are its values, or null
	 */
	TermKind terms() {
		return terms;
	}

	/**
	 * @return whether only rows of the five tables can be kept by it (articles have no
	 * relevancy)
	 */
	public boolean rowsOnly() {
		return rowsOnly;
	}

	/**
	 * Adds the condition for these values (never empty) of the filter of this name.
	 */
	abstract void add(FilterSql sql, String name, List<Object> values);

}
