package org.signaldigest.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The random draws of a corpus: page ids, term lists, row counts, relevancies and cell
 * texts from the vocabulary.
 */
final class VocabularySampler {

	private static final int[] ROW_WEIGHTS = { 3, 5, 10, 16, 20, 16, 11, 8, 5, 4, 2 };

	private static final int[] KEYWORD_COUNT_WEIGHTS = { 3, 5, 8, 10, 12, 13, 13, 12, 9, 6, 5, 4 }; // 4..15

	private static final int[] THEME_COUNT_WEIGHTS = { 14, 18, 22, 20, 14, 12 }; // 3..8

	private static final int[] RELEVANCY_WEIGHTS = { 1, 4, 25, 40, 30 }; // 1..5

	final Random random;

	final Vocabulary vocabulary;

	VocabularySampler(Random random, Vocabulary vocabulary) {
		this.random = random;
		this.vocabulary = vocabulary;
	}

	/** 32 hex digits. */
	String id() {
		return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
	}

	/** 4–15 different keywords. */
	List<String> keywords() {
		return vocabulary.keywords.distinct(random, 4 + weighted(KEYWORD_COUNT_WEIGHTS));
	}

	/** 3–8 different themes. */
	List<String> themes() {
		return vocabulary.themes.distinct(random, 3 + weighted(THEME_COUNT_WEIGHTS));
	}

	/** 1–11 rows, mostly 5. */
	int rows() {
		return 1 + weighted(ROW_WEIGHTS);
	}

	/** 1–5, mostly 3–5. */
	String relevancy() {
		return Integer.toString(1 + weighted(RELEVANCY_WEIGHTS));
	}

	/**
	 * A real cell of that kind, a word or two changed; now and then two joined, at most
	 * max characters.
	 */
	String cell(List<String> pool, int max) {
		String text = text(pool, max);
		if (max >= CorpusGenerator.MAX_CELL && random.nextInt(20) == 0) {
			String more = text + " " + text(pool, max);
			if (more.length() <= max) {
				text = more;
			}
		}
		return text.replace('|', '/');
	}

	/**
	 * A real text of that kind with up to two words swapped for other real words, cut at
	 * a space to max.
	 */
	String text(List<String> pool, int max) {
		String text = pick(pool);
		String[] words = text.split(" ", -1);
		int changes = random.nextInt(3);
		for (int i = 0; i < changes && words.length > 2; i++) {
			int at = random.nextInt(words.length);
			if (Vocabulary.WORD.matcher(words[at]).matches()) {
				words[at] = pick(vocabulary.words);
			}
		}
		text = String.join(" ", words);
		if (text.length() > max) {
			int cut = text.lastIndexOf(' ', max);
			text = text.substring(0, cut > 0 ? cut : max);
		}
		return text;
	}

	<T> T pick(List<T> pool) {
		return pool.get(random.nextInt(pool.size()));
	}

	private int weighted(int[] weights) {
		int total = Arrays.stream(weights).sum();
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
