package org.signaldigest.search;

import java.time.LocalDate;

/**
 * One match: an article, or a row of one of the five tables with its article.
 * {@code nameHtml} and {@code snippetHtml} are HTML-escaped text with the matched words
 * in {@code <mark>}, safe to render as they are.
 *
 * @param digestDate the article's digest date, or null
 * @param relevancy the row's relevancy, or null (always for an article)
 * @param position the row's place in its table on the article page (its anchor there), or
 * null for an article
 */
public record SearchHit(String articleId, String articleTitle, String nameHtml, String snippetHtml,
		LocalDate digestDate, Integer relevancy, Integer position) {
}
