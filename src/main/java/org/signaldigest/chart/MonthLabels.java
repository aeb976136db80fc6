package org.signaldigest.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labels of a monthly chart's time axis: as many as fit without touching, at round
 * months. Every month when there is room, else every 2nd, 3rd or 6th month (always
 * January among them), else every year or every 2, 5, 10… years, labelled with the year
 * alone.
 */
final class MonthLabels {

	private static final int[] STEPS = { 1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200 };

	/**
	 * The room a label such as "Sep 2024" needs, in user units at the charts' font size,
	 * with a gap.
	 */
	private static final double MONTH_WIDTH = 64;

	/** The room a label such as "2024" needs. */
	private static final double YEAR_WIDTH = 40;

	private MonthLabels() {
	}

	/**
	 * @param slot the width each month takes
	 */
	static List<Tick> ticks(List<MonthCount> months, Frame frame, double slot, Locale locale) {
		int step = step(slot);
		DateTimeFormatter format = DateTimeFormatter.ofPattern(step < 12 ? "MMM yyyy" : "yyyy", locale);
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			YearMonth month = months.get(i).month();
			if (Math.floorMod(month.getYear() * 12 + month.getMonthValue() - 1, step) == 0) {
				ticks.add(new Tick(format.format(month), Frame.round(frame.left() + (i + 0.5) * slot)));
			}
		}
		if (ticks.isEmpty()) {
			ticks.add(new Tick(MonthSummary.name(months.get(0).month(), locale), Frame.round(frame.left() + slot / 2)));
		}
		return List.copyOf(ticks);
	}

	/**
	 * @return every how many months a label fits
	 */
	static int step(double slot) {
		for (int step : STEPS) {
			if (step * slot >= (step < 12 ? MONTH_WIDTH : YEAR_WIDTH)) {
				return step;
			}
		}
		return STEPS[STEPS.length - 1];
	}

}
