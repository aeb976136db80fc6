package org.signaldigest.article;

import jakarta.persistence.Embeddable;

/**
 * A keyword or a theme of an article.
 *
 * @param kind "keywords" or "themes" (a term kind's path)
 * @param position its place in the page's list
 */
@Embeddable
record ArticleTerm(String kind, int position, String slug, String name) {
}
