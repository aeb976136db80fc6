package org.signaldigest.article;

import java.time.LocalDate;

/**
 * An article as the articles table shows it: its summary fields and how many signals it
 * has.
 */
record ArticleRow(String id, String title, String digestId, LocalDate digestDate, String externalUrl, String category,
		String type, long signals) {

	/** The row as the JSON API and the CSV export give it. */
	ArticleSummary summary() {
		return new ArticleSummary(id, title, digestId, digestDate, externalUrl, category, type);
	}

}
