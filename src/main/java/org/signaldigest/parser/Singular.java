package org.signaldigest.parser;

import java.util.Set;

/**
 * The singular of an English plural, by the rules of Harman's S-stemmer ("How effective
 * is suffixing?", 1991): "-ies" becomes "-y", "-es" after "ch", "sh", "ss", "x" or "z"
 * loses "es", and a final "s" goes unless the word ends in "ss", "us", "is" or "ics".
 * Words of three letters or fewer, words with anything but ASCII letters, and words that
 * end in "s" without being plurals (news, series, bias…) are kept as they are. A wrong
 * singular costs nothing but a missed or an odd merge: it only decides which spellings
 * share a term.
 */
final class Singular {

	private static final Set<String> NOT_PLURALS = Set.of("news", "series", "species", "bias", "canvas", "atlas",
			"alias", "chaos", "ethos", "cosmos", "kudos", "kubernetes", "lens", "thesis", "always", "perhaps", "was",
			"has", "yes", "plus", "whereas", "texas");

	/** Nouns in "-ie", whose plural "-ies" is not "-y". */
	private static final Set<String> IE_PLURALS = Set.of("movies", "cookies", "selfies", "zombies", "rookies",
			"hoodies", "goodies", "smoothies", "calories", "freebies", "brownies", "genies");

	private Singular() {
	}

	static String of(String word) {
		if (word.length() <= 3 || NOT_PLURALS.contains(word) || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')
				|| !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
				|| word.endsWith("ics")) {
			return word;
		}
		if (word.endsWith("ies") && !IE_PLURALS.contains(word) && !isVowel(word.charAt(word.length() - 4))) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") || word.endsWith("xes")
				|| word.endsWith("zes")) {
			return word.substring(0, word.length() - 2);
		}
		return word.substring(0, word.length() - 1);
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

}
