package org.signaldigest.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * One digest with its articles, each with its most relevant signals.
 *
 * @param confirmed whether its date is confirmed (listing.ConfirmedDates)
 */
record DigestPage(String id, LocalDate date, boolean confirmed, String url, List<Article> articles) {

	record Article(String id, String title, String category, String type, List<TopSignal> topSignals) {
	}

	record TopSignal(String name, Integer relevancy) {
	}

}
