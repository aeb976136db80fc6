package org.signaldigest.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * A count axis from zero up to a round top, with round ticks: a largest count of 7 gives
 * 0, 2, 4, 6, 8, one of 98 gives 0, 20, 40, 60, 80, 100. Steps are 1, 2 or 5 times a
 * power of ten, never below 1 (counts are whole).
 *
 * @param top the count at the top of the plot, at least 1
 * @param values the ticks' counts, from 0 to top
 */
public record Axis(long top, List<Long> values) {

	/** At most this many intervals between ticks. */
	static final int INTERVALS = 5;

	private static final int[] MULTIPLES = { 1, 2, 5 };

	/**
	 * @param largest the largest count to show, zero or more
	 */
	public static Axis upTo(long largest) {
		if (largest < 0) {
			throw new IllegalArgumentException("A count cannot be negative: " + largest);
		}
		long step = step(largest);
		long top = Math.max(1, intervals(largest, step)) * step;
		return new Axis(top, LongStream.rangeClosed(0, top / step).map(i -> i * step).boxed().toList());
	}

	/**
	 * @return the length a count takes when the top takes the whole length
	 */
	public double scale(long count, double length) {
		return count * length / top;
	}

	/**
	 * @return the ticks up the plot of a frame, labelled as the locale writes numbers
	 */
	List<Tick> ticks(Frame frame, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		return values.stream()
			.map(value -> new Tick(numbers.format(value),
					Frame.round(frame.baseline() - scale(value, frame.plotHeight()))))
			.toList();
	}

	private static long step(long largest) {
		for (long magnitude = 1;; magnitude *= 10) {
			for (int multiple : MULTIPLES) {
				if (intervals(largest, multiple * magnitude) <= INTERVALS) {
					return multiple * magnitude;
				}
			}
		}
	}

	private static long intervals(long largest, long step) {
		return (largest + step - 1) / step;
	}

}
