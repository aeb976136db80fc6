package org.signaldigest.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups' representatives in memory, with an inverted index from trigram to
 * representative, so that the most similar representative of a name is found by counting
 * shared trigrams over the index rather than by a search per name in the database. Holds
 * the groups an import run has seen: those in the database (by id) and those it starts
 * (no id until they are written).
 */
final class Representatives {

	private final List<String> names = new ArrayList<>();

	private final List<long[]> trigrams = new ArrayList<>();

	private final Map<String, Integer> indexes = new HashMap<>();

	private final Map<String, Long> ids = new HashMap<>();

	/** The groups started and not yet written: the name of each, by representative. */
	private final Map<String, String> unwritten = new LinkedHashMap<>();

	/** For each trigram, the indexes of the representatives that have it. */
	private final Map<Long, IntList> postings = new HashMap<>();

	/**
	 * Per representative, the trigrams it shares with the name being looked up (zero
	 * between look-ups).
	 */
	private int[] shared = new int[16];

	private final IntList touched = new IntList();

	private long newestId;

	/** Adds a group of the database, unless it is known already. */
	void add(String representative, long id) {
		identify(representative, id);
		if (!indexes.containsKey(representative)) {
			index(representative);
		}
	}

	/**
	 * Adds a group a signal starts, to be written ({@link #takeUnwritten()}); @param name
	 * the signal's name
	 */
	void start(String representative, String name) {
		unwritten.put(representative, name);
		index(representative);
	}

	private void index(String representative) {
		int index = names.size();
		long[] ofName = Trigrams.of(representative);
		names.add(representative);
		trigrams.add(ofName);
		indexes.put(representative, index);
		for (long trigram : ofName) {
			postings.computeIfAbsent(trigram, t -> new IntList()).add(index);
		}
		if (shared.length < names.size()) {
			shared = Arrays.copyOf(shared, names.size() * 2);
		}
	}

	/** Gives a group its id once written. */
	void identify(String representative, long id) {
		ids.put(representative, id);
		newestId = Math.max(newestId, id);
	}

	/**
	 * @return the id of this representative's group, null while it is not written
	 */
	Long id(String representative) {
		return ids.get(representative);
	}

	/**
	 * @return the largest group id seen: groups written since have larger ids (they are
	 * written in turn)
	 */
	long newestId() {
		return newestId;
	}

	/**
	 * @return the groups started since the last call, the name of each by representative,
	 * to be written
	 */
	Map<String, String> takeUnwritten() {
		Map<String, String> taken = new LinkedHashMap<>(unwritten);
		unwritten.clear();
		return taken;
	}

	/**
	 * The representative most similar to a name, at least {@link Similarity#THRESHOLD},
	 * ties going to the first in code point order; failing that, the name itself when it
	 * is a representative (a name without letters or digits, which is similar to
	 * nothing).
	 * @return the representative, or null when none is
	 */
	String mostSimilar(String normalisedName, long[] ofName) {
		touched.size = 0;
		for (long trigram : ofName) {
			IntList list = postings.get(trigram);
			for (int k = 0; list != null && k < list.size; k++) {
				if (shared[list.items[k]]++ == 0) {
					touched.add(list.items[k]);
				}
			}
		}
		String best = null;
		float bestSimilarity = 0;
		for (int k = 0; k < touched.size; k++) {
			int index = touched.items[k];
			float similarity = Trigrams.similarity(shared[index], ofName.length, trigrams.get(index).length);
			shared[index] = 0;
			String name = names.get(index);
			if (similarity >= Similarity.THRESHOLD && (best == null || similarity > bestSimilarity
					|| similarity == bestSimilarity && inCodePointOrder(name, best))) {
				best = name;
				bestSimilarity = similarity;
			}
		}
		return best != null || !indexes.containsKey(normalisedName) ? best : normalisedName;
	}

	/**
	 * @return whether a name is similar enough to stay in the group of this
	 * representative
	 */
	boolean stillSimilar(long[] ofName, String representative) {
		Integer index = indexes.get(representative);
		return index != null && Trigrams.similarity(ofName, trigrams.get(index)) >= Similarity.THRESHOLD;
	}

	/**
	 * Whether a comes before b in code point order, PostgreSQL's order under the "C"
	 * collation.
	 */
	private static boolean inCodePointOrder(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return ca < cb;
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return i == a.length() && j < b.length();
	}

	/** A growable list of ints, without boxing. */
	private static final class IntList {

		private int[] items = new int[4];

		private int size;

		void add(int item) {
			if (size == items.length) {
				items = Arrays.copyOf(items, size * 2);
			}
			items[size++] = item;
		}

	}

}
