package org.signaldigest.trend;

/**
 * How alike two signal names must be to be called similar, and to be grouped as one
 * recurring signal: pg_trgm's similarity of their lower-cased names (shared trigrams over
 * all their trigrams, 0 to 1). Chosen from the data (BENCHMARKS.md, "Similar and
 * recurring signals"): on the generated corpus the pairs of names thin out to a trough
 * between 0.40 and 0.50, above which nearly every pair is one real name with a word or
 * two swapped; on the real pages no two signals of different articles reach 0.45.
 */
public final class Similarity {

	public static final double THRESHOLD = 0.5;

	private Similarity() {
	}

}
