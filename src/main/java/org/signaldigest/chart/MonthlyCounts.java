package org.signaldigest.chart;

import java.util.List;

/**
 * Counts per month over a range, every month present (zero when it has none), oldest
 * first, and how many have no month at all (articles without a digest date).
 */
public record MonthlyCounts(List<MonthCount> months, long undated) {

	public MonthlyCounts {
		if (months.isEmpty()) {
			throw new IllegalArgumentException("A range has at least one month");
		}
		months = List.copyOf(months);
	}

	/**
	 * @return the sum of the months' counts, without the undated
	 */
	public long dated() {
		return months.stream().mapToLong(MonthCount::count).sum();
	}

	/**
	 * @return the largest count of a month
	 */
	public long largest() {
		return peak().count();
	}

	/**
	 * @return the first month with the largest count
	 */
	public MonthCount peak() {
		MonthCount peak = months.get(0);
		for (MonthCount month : months) {
			peak = month.count() > peak.count() ? month : peak;
		}
		return peak;
	}

}
