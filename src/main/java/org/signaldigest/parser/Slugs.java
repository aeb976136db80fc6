package org.signaldigest.parser;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised forms of text for URLs and lookups: accents dropped, letters and digits of
 * every script kept, lower case, anything else a dash. {@link #term} is the form under
 * which keywords and themes are unique.
 */
public final class Slugs {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Slugs() {
	}

	/**
	 * @return the slug under which a keyword or theme is unique, its spellings merged:
	 * "Data Privacy", "data privacy" and "data-privacy" are one theme, and so are "AI
	 * model" and "AI models" (a last word in lower case is made singular; a capitalised
	 * one is a name, "Las Vegas", and kept); an empty string when the term has no letter
	 * or digit
	 */
	public static String term(String term) {
		String slug = of(term);
		int lastDash = slug.lastIndexOf('-');
		String last = slug.substring(lastDash + 1);
		String[] words = term.strip().split("[^\\p{L}\\p{N}]+");
		boolean lowerCase = words.length > 0 && words[words.length - 1].equals(last);
		return lowerCase ? slug.substring(0, lastDash + 1) + Singular.of(last) : slug;
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
