package org.signaldigest.parser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Derives a digest date from a digest id such as {@code 20230827}, {@code 20250824d} or
 * {@code 20251231-a-yearly-review}.
 */
final class DigestDates {

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private DigestDates() {
	}

	/**
	 * The date given by the first 8 characters of the id, or null when they are not a
	 * valid yyyyMMdd date.
	 */
	static LocalDate dateOf(String digestId) {
		if (digestId == null || digestId.length() < 8) {
			return null;
		}
		String prefix = digestId.substring(0, 8);
		if (!prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		try {
			return LocalDate.parse(prefix, YYYYMMDD);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * Like {@link #dateOf} but warns (title line) when the id is not a date or the date
	 * is in the future.
	 */
	static LocalDate read(String digestId, Clock clock, Integer line, PageContext ctx) {
		LocalDate date = dateOf(digestId);
		if (date == null) {
			ctx.warn(null, line, "the digest id \"" + digestId + "\" is not a date (expected yyyyMMdd at its start);"
					+ " digest date left empty");
		}
		else if (date.isAfter(LocalDate.now(clock))) {
			ctx.warn(null, line, "the digest date " + date + " (digest id \"" + digestId + "\") is in the future;"
					+ " kept as written, shown as unconfirmed: never the latest digest, on no chart");
		}
		return date;
	}

}
