package org.signaldigest.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An Atom feed of a view, its entries newest digest first.
 *
 * @param id the feed's stable id, from {@link AtomIds}
 * @param title plain text
 * @param self the feed's own address (path and query, relative to the site)
 * @param alternate the address of the view as a page
 * @param entries at most {@link FeedQueries#MAX_ENTRIES}
 */
record Feed(String id, String title, String self, String alternate, List<FeedEntry> entries) {

	/**
	 * @return the newest entry's update; the epoch for a feed without entries, so that it
	 * never seems to change
	 */
	Instant updated() {
		return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
	}

}
