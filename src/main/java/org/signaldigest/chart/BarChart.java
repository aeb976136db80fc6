package org.signaldigest.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A few categories' counts as columns side by side, each with its count above and its
 * label below.
 */
public record BarChart(Frame frame, List<Bar> bars, List<Tick> valueTicks, long total) {

	/** The share of a column's slot that the column fills. */
	private static final double FILL = 0.64;

	/** A column, with the geometry of its rectangle. */
	public record Bar(String key, String label, long count, String tone, double x, double y, double width,
			double height) {

		/**
		 * @return the x of the column's middle, where its labels go
		 */
		public double center() {
			return Frame.round(x + width / 2);
		}

	}

	/** The counts in the given order, in a {@link Frame#BARS} frame. */
	public static BarChart of(List<LabelledCount> counts, Locale locale) {
		return of(counts, Frame.BARS, locale);
	}

	public static BarChart of(List<LabelledCount> counts, Frame frame, Locale locale) {
		Axis axis = Axis.upTo(counts.stream().mapToLong(LabelledCount::count).max().orElse(0));
		double slot = frame.plotWidth() / Math.max(1, counts.size());
		double width = slot * FILL;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			LabelledCount count = counts.get(i);
			double height = axis.scale(count.count(), frame.plotHeight());
			bars.add(new Bar(count.key(), count.label(), count.count(), count.tone(),
					Frame.round(frame.left() + i * slot + (slot - width) / 2), Frame.round(frame.baseline() - height),
					Frame.round(width), Frame.round(height)));
		}
		long total = counts.stream().mapToLong(LabelledCount::count).sum();
		return new BarChart(frame, List.copyOf(bars), axis.ticks(frame, locale), total);
	}

}
