package org.signaldigest.home;

import java.util.List;
import java.util.Map;

import org.signaldigest.digest.DigestRow;

/**
 * What the home page shows.
 *
 * @param counts rows per table, in display order, keyed by message suffix ("articles",
 * "signals"…)
 * @param latestDigest the newest digest's id, or null when nothing is imported
 */
record Home(Map<String, Long> counts, List<DigestRow> latestDigests, List<TermCount> topThemes,
		List<TermCount> topKeywords, String latestDigest, List<TopSignal> topSignals) {

	record TermCount(String slug, String name, long articles) {
	}

	record TopSignal(String name, Integer relevancy, String articleId, String articleTitle) {
	}

}
