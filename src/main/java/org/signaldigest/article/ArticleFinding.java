package org.signaldigest.article;

import jakarta.persistence.Embeddable;

/**
 * A row of one of an article's five tables. Only signals have a change, a ten-year
 * outlook and a driving force; relevancy is 1 to 5 or absent.
 *
 * @param kind the table's path, e.g. "signals"
 * @param position its place in the page's table
 */
@Embeddable
record ArticleFinding(String kind, int position, String name, String description, String change, String tenYear,
		String drivingForce, Short relevancy) {

	Integer relevancyValue() {
		return relevancy == null ? null : relevancy.intValue();
	}

}
