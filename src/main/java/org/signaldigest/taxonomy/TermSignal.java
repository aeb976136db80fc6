package org.signaldigest.taxonomy;

/** One of the most relevant signals of a term's articles. */
public record TermSignal(String name, Integer relevancy, String articleId, String articleTitle) {
}
