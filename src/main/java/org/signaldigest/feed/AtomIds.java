package org.signaldigest.feed;

import org.signaldigest.kind.FindingKind;

/**
 * The ids of feeds and entries: tag URIs (RFC 4151) that stay the same across re-imports.
 * A row's database id changes when its page is re-imported (its rows are deleted and
 * inserted again), so a row is named by its page id, its table and its place in the page.
 * Page ids are letters, digits, '.', '_' and '-', all allowed in a tag.
 */
final class AtomIds {

	/** The tagging entity: a name and a year, as RFC 4151 asks. */
	static final String PREFIX = "tag:signal-digest,2026:";

	private AtomIds() {
	}

	/**
	 * @return e.g. {@code tag:signal-digest,2026:signals/27203920581/3}
	 */
	static String row(FindingKind kind, String pageId, int position) {
		return PREFIX + kind.path() + "/" + pageId + "/" + position;
	}

	/**
	 * @return e.g. {@code tag:signal-digest,2026:articles/27203920581}
	 */
	static String article(String pageId) {
		return PREFIX + "articles/" + pageId;
	}

	/**
	 * @param self the feed's path and query, percent-encoded (every character left is
	 * allowed in a tag)
	 * @return e.g. {@code tag:signal-digest,2026:signals.atom?minRelevancy=4&theme=ai}
	 */
	static String feed(String self) {
		return PREFIX + (self.startsWith("/") ? self.substring(1) : self);
	}

}
