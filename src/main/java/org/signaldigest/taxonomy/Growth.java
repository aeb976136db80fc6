package org.signaldigest.taxonomy;

/**
 * How much more something was mentioned lately: {@code recent} counts the last 12 weeks
 * of the data (the 84 days up to and including its latest digest date), {@code previous}
 * the 12 weeks before them. Growth is the smoothed ratio (recent + 1) / (previous + 1),
 * so that a first mention does not grow infinitely; something is emerging when it was
 * mentioned at least {@link #MIN_RECENT} times lately and at least twice as much as
 * before by that ratio.
 */
public record Growth(long recent, long previous) {

	public static final int WINDOW_DAYS = 84;

	public static final int MIN_RECENT = 5;

	public static final double MIN_RATIO = 2.0;

	/** The same ratio in SQL, over columns {@code recent} and {@code previous}. */
	public static final String SQL = "((recent + 1.0) / (previous + 1))";

	public double ratio() {
		return (recent + 1.0) / (previous + 1);
	}

	public boolean emerging() {
		return recent >= MIN_RECENT && ratio() >= MIN_RATIO;
	}

}
