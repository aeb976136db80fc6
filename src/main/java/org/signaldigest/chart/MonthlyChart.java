package org.signaldigest.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Counts per month as columns over a time axis, with a count axis of round ticks. */
public record MonthlyChart(Frame frame, List<Column> columns, List<Tick> valueTicks, List<Tick> monthTicks,
		MonthSummary summary) {

	/** The widest a column gets, however few the months. */
	private static final double MAX_COLUMN = 36;

	/** A month's column: its month as words, its count, its rectangle. */
	public record Column(String label, long count, double x, double y, double width, double height) {
	}

	/** Columns scaled to the counts' own largest month. */
	public static MonthlyChart of(MonthlyCounts counts, Frame frame, Locale locale) {
		return of(counts, frame, counts.largest(), locale);
	}

	/**
	 * @param largest the count the axis must reach (at least the counts' largest): charts
	 * shown together share one, so that their columns compare
	 */
	public static MonthlyChart of(MonthlyCounts counts, Frame frame, long largest, Locale locale) {
		Axis axis = Axis.upTo(Math.max(largest, counts.largest()));
		List<MonthCount> months = counts.months();
		double slot = frame.plotWidth() / months.size();
		double width = Math.min(slot >= 4 ? slot * 0.8 : slot, MAX_COLUMN);
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			MonthCount month = months.get(i);
			double height = axis.scale(month.count(), frame.plotHeight());
			columns.add(new Column(MonthSummary.name(month.month(), locale), month.count(),
					Frame.round(frame.left() + i * slot + (slot - width) / 2), Frame.round(frame.baseline() - height),
					Frame.round(width), Frame.round(height)));
		}
		return new MonthlyChart(frame, List.copyOf(columns), axis.ticks(frame, locale),
				MonthLabels.ticks(months, frame, slot, locale), MonthSummary.of(counts, locale));
	}

}
