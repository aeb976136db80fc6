package org.signaldigest.chart;

import java.util.List;
import java.util.Locale;

/**
 * Counts per month as a small line without axes, to sit in a table cell: its shape says
 * when, its title says how many. Scaled to its own largest month; sparklines over the
 * same range line up month for month.
 *
 * @param line the SVG path of the line
 * @param area the SVG path of the area under it
 * @param peakX the x of the busiest month's point
 * @param peakY the y of the busiest month's point
 */
public record Sparkline(Frame frame, String line, String area, double peakX, double peakY, MonthSummary summary) {

	public static Sparkline of(MonthlyCounts counts, Locale locale) {
		Frame frame = Frame.SPARKLINE;
		List<MonthCount> months = counts.months();
		double step = months.size() > 1 ? frame.plotWidth() / (months.size() - 1) : 0;
		double start = months.size() > 1 ? frame.left() : frame.left() + frame.plotWidth() / 2;
		long largest = counts.largest();
		int peak = months.indexOf(counts.peak());
		StringBuilder line = new StringBuilder();
		double peakX = start;
		double peakY = frame.baseline();
		for (int i = 0; i < months.size(); i++) {
			double x = Frame.round(start + i * step);
			double y = Frame
				.round(frame.baseline() - (largest == 0 ? 0 : months.get(i).count() * frame.plotHeight() / largest));
			line.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
			if (i == peak) {
				peakX = x;
				peakY = y;
			}
		}
		String area = line + " L" + Frame.round(start + (months.size() - 1) * step) + " " + frame.baseline() + " L"
				+ Frame.round(start) + " " + frame.baseline() + " Z";
		return new Sparkline(frame, line.toString(), area, peakX, peakY, MonthSummary.of(counts, locale));
	}

}
