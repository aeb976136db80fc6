package org.signaldigest.taxonomy;

/**
 * A keyword or theme with the number of articles that carry it (or that it shares with
 * another term).
 */
public record TermCount(String slug, String name, long articles) {
}
