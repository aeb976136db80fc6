package org.signaldigest.article;

import java.time.LocalDate;
import java.util.List;

import org.signaldigest.listing.ConfirmedDates;

/**
 * Everything the page of one article shows, loaded in one read-only transaction.
 * {@code id} is the page id; {@code summary} is the Markdown of the page. Tables are
 * those with rows, each sorted by relevancy (highest first, rows without one last, then
 * page order).
 *
 * @param importedOn the day the article was first imported
 */
record ArticlePage(String id, String title, String digestId, LocalDate digestDate, LocalDate importedOn,
		String digestUrl, String externalUrl, String category, String type, String summary, List<Term> keywords,
		List<Term> themes, List<Table> tables, List<Related> related, List<String> warnings) {

	/**
	 * @return whether its digest date can be trusted ({@link ConfirmedDates}): false when
	 * it has none, or one after its import
	 */
	public boolean digestDateConfirmed() {
		return ConfirmedDates.isConfirmed(digestDate, importedOn);
	}

	/**
	 * @return the related pages that are imported, which can be linked to
	 */
	public List<Related> importedRelated() {
		return related.stream().filter(Related::imported).toList();
	}

	/**
	 * @return how many related pages are not imported
	 */
	public long notImportedRelated() {
		return related.stream().filter(r -> !r.imported()).count();
	}

	/** A keyword or theme. */
	record Term(String slug, String name) {
	}

	/** One of the five tables; {@code kind} is its path ("signals", "concerns"…). */
	record Table(String kind, boolean signal, List<Row> rows) {
	}

	/**
	 * {@code change}, {@code tenYear} and {@code drivingForce} are null except for
	 * signals.
	 *
	 * @param position its place in the page's table: its anchor on the page
	 */
	record Row(int position, String name, String description, String change, String tenYear, String drivingForce,
			Integer relevancy) {
	}

	/** A page listed under Closest: {@code imported} when it can be linked to. */
	record Related(String id, String title, boolean imported) {
	}

}
