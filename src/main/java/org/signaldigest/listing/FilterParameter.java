package org.signaldigest.listing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a component of {@link Filter} as a filter of the lists: the component gives
 * its name (the GET parameter), its type and its validation (Bean Validation
 * annotations); this gives what it selects and how the filter form asks for it. Its
 * label, chip and title come from the messages {@code filter.NAME},
 * {@code filter.chip.NAME} and {@code filter.title.NAME}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FilterParameter {

	/** What rows or articles the filter keeps. */
	Condition condition();

	/** How the filter form asks for it. */
	Control control();

	/** The form controls of the filters. */
	enum Control {

		/** A search box. */
		SEARCH,
		/** A choice among the relevancies 1 to 5, shown only for rows. */
		RELEVANCY,
		/**
		 * A choice among the values the page's facets counted (model attribute
		 * {@code facets}), each with its count; a text field on a page without facets.
		 */
		CHOICE,
		/** A date. */
		DATE,
		/** Chosen elsewhere (facets, chips): carried by the form as hidden fields. */
		HIDDEN

	}

}
