package org.signaldigest.article;

import java.time.LocalDate;

/**
 * An article as listed: enough to show a row and link to it. {@code id} is the page id.
 */
public record ArticleSummary(String id, String title, String digestId, LocalDate digestDate, String externalUrl,
		String category, String type) {
}
