package org.signaldigest.background;

/**
 * How much of one kind of background work is waiting: the gauge
 * {@code digest.background.backlog{work=…}} of the metrics ({@link BacklogMeters}). A
 * bean of this type is all a feature needs to add one.
 */
public interface Backlog {

	/**
	 * @return the kind of work, the gauge's {@code work} tag: a short lower-case word
	 * ({@code grouping}, {@code imports}, {@code embeddings})
	 */
	String work();

	/**
	 * @return how many items wait to be done, or are being done, now; asked at each
	 * scrape, so it should cost at most a small query
	 */
	long size();

}
