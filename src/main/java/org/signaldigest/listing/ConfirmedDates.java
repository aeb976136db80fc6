package org.signaldigest.listing;

import java.time.LocalDate;

/**
 * When an article's digest date can be trusted. A digest is written before its pages are
 * imported, so a digest date after the day its article was first imported (a typo such as
 * {@code 20290911}) is <em>unconfirmed</em>, as is a missing one (a digest id that is not
 * a date). Such articles are listed and flagged, but no unconfirmed date makes the latest
 * digest, stretches a chart's months or anchors a growth window. The materialized views
 * of V10 apply the same rule. Over an article {@code a}, in the session's time zone (the
 * app's, as the parser's "in the future" warning).
 */
public final class ConfirmedDates {

	/** The article's digest date is confirmed (false or null otherwise). */
	public static final String CONFIRMED = "a.digest_date <= a.imported_at::date";

	/** The article's digest date is missing or unconfirmed. */
	public static final String UNCONFIRMED = "(a.digest_date is null or a.digest_date > a.imported_at::date)";

	private ConfirmedDates() {
	}

	/**
	 * @param importedOn the day the article was first imported
	 * @return whether the digest date is confirmed, as {@link #CONFIRMED} says in SQL
	 */
	public static boolean isConfirmed(LocalDate digestDate, LocalDate importedOn) {
		return digestDate != null && !digestDate.isAfter(importedOn);
	}

}
