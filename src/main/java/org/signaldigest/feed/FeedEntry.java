package org.signaldigest.feed;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an Atom feed: a row of one of the five tables, or an article.
 *
 * @param id the entry's stable id, from {@link AtomIds}
 * @param title plain text
 * @param path the address of the article page, relative to the site
 * @param updated when the article was last imported
 * @param digestDate the article's digest date, given as the entry's publication date; may
 * be null
 * @param summary plain text; may be null
 */
record FeedEntry(String id, String title, String path, Instant updated, LocalDate digestDate, String summary) {
}
