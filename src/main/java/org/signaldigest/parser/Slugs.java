package org.signaldigest.parser;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form under which keywords and themes are unique: "Data Privacy", "data
 * privacy" and "data-privacy" are one theme. Accents are dropped, letters and digits of
 * every script are kept.
 */
public final class Slugs {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Slugs() {
	}

	/**
	 * @return the slug, or an empty string when the term has no letter or digit
	 */
	public static String of(String term) {
		String decomposed = Normalizer.normalize(term, Normalizer.Form.NFKD);
		String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		String dashed = SEPARATORS.matcher(bare).replaceAll("-");
		int start = dashed.startsWith("-") ? 1 : 0;
		int end = dashed.endsWith("-") && dashed.length() > start ? dashed.length() - 1 : dashed.length();
		return dashed.substring(start, Math.max(start, end));
	}

}
