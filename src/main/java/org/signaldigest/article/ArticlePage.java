package org.signaldigest.article;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the page of one article shows, loaded in one read-only transaction.
 * {@code id} is the page id; {@code summary} is the Markdown of the page. Tables are
 * those with rows, each sorted by relevancy (highest first, rows without one last, then
 * page order).
 */
record ArticlePage(String id, String title, String digestId, LocalDate digestDate, String digestUrl, String externalUrl,
		String category, String type, String summary, List<Term> keywords, List<Term> themes, List<Table> tables,
		List<Related> related, List<String> warnings) {

	/** A keyword or theme. */
	record Term(String slug, String name) {
	}

	/** One of the five tables; {@code kind} is its path ("signals", "concerns"…). */
	record Table(String kind, boolean signal, List<Row> rows) {
	}

	/**
	 * {@code change}, {@code tenYear} and {@code drivingForce} are null except for
	 * signals.
	 */
	record Row(String name, String description, String change, String tenYear, String drivingForce, Integer relevancy) {
	}

	/** A page listed under Closest: {@code imported} when it can be linked to. */
	record Related(String id, String title, boolean imported) {
	}

}
