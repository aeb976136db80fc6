package org.signaldigest.search;

/**
 * One match: an article, or a row of one of the five tables with its article.
 * {@code nameHtml} and {@code snippetHtml} are HTML-escaped text with the matched words
 * in {@code <mark>}, safe to render as they are.
 */
public record SearchHit(String articleId, String articleTitle, String nameHtml, String snippetHtml) {
}
