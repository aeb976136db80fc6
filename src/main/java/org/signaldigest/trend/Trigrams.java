package org.signaldigest.trend;

import java.util.Arrays;

/**
 * The trigrams of a name as pg_trgm makes them, and their similarity as pg_trgm computes
 * it, so that names can be compared in memory by the grouping instead of one index search
 * per name in the database. pg_trgm splits the text into words of letters and digits,
 * pads each word with two spaces in front and one behind, and takes every run of three
 * characters; the similarity of two names is the number of trigrams they share over the
 * number of distinct trigrams of both. A trigram is held as a long made from its three
 * code points, and a name's trigrams as a sorted array without repeats.
 */
final class Trigrams {

	private static final long[] NONE = {};

	/**
	 * Packed code points make poor hash keys (Long.hashCode folds them onto few buckets):
	 * multiplying by an odd constant spreads them, one to one.
	 */
	private static final long SPREAD = 0x9E3779B97F4A7C15L;

	private Trigrams() {
	}

	/**
	 * @param normalised a lower-cased name (pg_trgm lower-cases too: give it what
	 * PostgreSQL's lower() gives)
	 */
	static long[] of(String normalised) {
		int[] codePoints = normalised.codePoints().toArray();
		long[] trigrams = new long[codePoints.length * 3];
		int count = 0;
		int i = 0;
		while (i < codePoints.length) {
			if (!Character.isLetterOrDigit(codePoints[i])) {
				i++;
				continue;
			}
			int end = i;
			while (end < codePoints.length && Character.isLetterOrDigit(codePoints[end])) {
				end++;
			}
			count = addWord(codePoints, i, end, trigrams, count);
			i = end;
		}
		if (count == 0) {
			return NONE;
		}
		long[] sorted = Arrays.copyOf(trigrams, count);
		Arrays.sort(sorted);
		int distinct = 1;
		for (int k = 1; k < sorted.length; k++) {
			if (sorted[k] != sorted[distinct - 1]) {
				sorted[distinct++] = sorted[k];
			}
		}
		return Arrays.copyOf(sorted, distinct);
	}

	/** Adds the trigrams of " word ", the word being codePoints[start, end). */
	private static int addWord(int[] codePoints, int start, int end, long[] trigrams, int count) {
		int length = end - start + 3;
		for (int k = 0; k + 3 <= length; k++) {
			long packed = (padded(codePoints, start, end, k) << 42) | (padded(codePoints, start, end, k + 1) << 21)
					| padded(codePoints, start, end, k + 2);
			trigrams[count++] = packed * SPREAD;
		}
		return count;
	}

	private static long padded(int[] codePoints, int start, int end, int k) {
		int index = start + k - 2;
		return index < start || index >= end ? ' ' : codePoints[index];
	}

	/**
	 * pg_trgm's similarity: shared trigrams over distinct trigrams of both, 0 when either
	 * has none.
	 */
	static float similarity(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return similarity(shared, a.length, b.length);
	}

	/** The same in float, as pg_trgm computes it, from the count of shared trigrams. */
	static float similarity(int shared, int lengthA, int lengthB) {
		return (float) shared / (float) (lengthA + lengthB - shared);
	}

}
