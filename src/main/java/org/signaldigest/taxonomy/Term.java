package org.signaldigest.taxonomy;

/** One keyword or theme, as its page shows it. */
public record Term(long id, String slug, String name, long articles) {
}
