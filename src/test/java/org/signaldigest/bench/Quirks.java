package org.signaldigest.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.signaldigest.bench.CorpusGenerator.Form;
import org.signaldigest.bench.CorpusGenerator.Quirk;

/** How a page with a {@link Quirk} differs from a regular one. */
final class Quirks {

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final String SUMMARY = "## Summary\n\n";

	private Quirks() {
	}

	/** One quirk for {@link CorpusGenerator#QUIRK_SHARE} of the pages, else null. */
	static Quirk draw(Random random) {
		return random.nextDouble() < CorpusGenerator.QUIRK_SHARE ? Quirk.values()[random.nextInt(Quirk.values().length)]
				: null;
	}

	/**
	 * The digest id: the date as yyyyMMdd, unless the quirk is one of the odd digest ids.
	 */
	static String digestId(Quirk quirk, LocalDate date, Random random) {
		if (quirk == null) {
			return date.format(YYYYMMDD);
		}
		return switch (quirk) {
			case DATE_SUFFIX -> date.format(YYYYMMDD) + (char) ('a' + random.nextInt(4));
			case NUMERIC_DIGEST_ID -> (1000 + random.nextInt(9000)) + ".0";
			case REVIEW_DIGEST_ID -> date.format(YYYYMMDD) + "-a-yearly-review";
			default -> date.format(YYYYMMDD);
		};
	}

	/**
	 * The bullets of a keyword or theme list: the items, or one character each if the
	 * lists are exploded.
	 */
	static List<String> bullets(Quirk quirk, List<String> items) {
		if (quirk != Quirk.EXPLODED_LISTS) {
			return items;
		}
		List<String> chars = new ArrayList<>();
		for (char c : String.join(",", items).toCharArray()) {
			chars.add(String.valueOf(c));
		}
		return chars;
	}

	/**
	 * Whether a text cell of that row reads N/A: every other row of the old Signals
	 * table, the first of the new.
	 */
	static boolean notAvailable(Quirk quirk, Form form, int row) {
		return quirk == Quirk.NOT_AVAILABLE_CELLS && (form == Form.OLD ? row % 2 == 0 : row == 0);
	}

	/**
	 * The summary's apostrophes as UTF-8 read as Windows-1252 (one added if it has none).
	 */
	static String mojibake(String markdown) {
		String broken = new String("’".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
		int summary = markdown.indexOf(SUMMARY);
		if (summary < 0) {
			return markdown;
		}
		int at = summary + SUMMARY.length();
		String fixed = markdown.substring(at).replace("'", broken).replace("’", broken);
		if (!fixed.contains(broken)) {
			fixed = "The company" + broken + "s " + fixed;
		}
		return markdown.substring(0, at) + fixed;
	}

}
