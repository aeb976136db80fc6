package org.signaldigest.taxonomy;

import java.time.LocalDate;

/** An article on a term's page. */
public record TermArticle(String pageId, String title, String digestId, LocalDate digestDate, String category) {
}
