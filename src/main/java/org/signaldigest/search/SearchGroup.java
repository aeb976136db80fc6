package org.signaldigest.search;

import java.util.List;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.CountedPage;

/**
 * The best matches of one kind, and how many there are in all: articles when {@code kind}
 * is null, otherwise the rows of one table of findings.
 */
public record SearchGroup(FindingKind kind, long total, List<SearchHit> hits) {

	/** The path of the full list of articles, and its message key. */
	static final String ARTICLES = "articles";

	static SearchGroup articles(long total, List<SearchHit> hits) {
		return new SearchGroup(null, total, hits);
	}

	/**
	 * @return false when {@link #total()} is only a lower bound: counting stopped at the
	 * cap
	 */
	public boolean isTotalExact() {
		return total < CountedPage.COUNT_CAP;
	}

	public boolean isArticles() {
		return kind == null;
	}

	/**
	 * @return the path of the full list, e.g. "signals" for {@code /signals?q=…}, and the
	 * group's message key
	 */
	public String path() {
		return isArticles() ? ARTICLES : kind.path();
	}

}
