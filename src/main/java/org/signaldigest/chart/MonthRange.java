package org.signaldigest.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The months from a first to a last, both included: what a monthly chart spans. */
public record MonthRange(YearMonth first, YearMonth last) {

	public MonthRange {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("The range " + first + " to " + last + " ends before it starts");
		}
	}

	/**
	 * @return the months of these two dates and every month between
	 */
	public static MonthRange of(LocalDate first, LocalDate last) {
		return new MonthRange(YearMonth.from(first), YearMonth.from(last));
	}

	/**
	 * Every month with its count, zero where the counts have none. A month of the counts
	 * outside the range widens it, so no count is ever lost.
	 * @param undated how many have no month, kept beside the months
	 */
	public MonthlyCounts fill(Map<YearMonth, Long> counts, long undated) {
		YearMonth from = first;
		YearMonth to = last;
		for (YearMonth month : counts.keySet()) {
			from = month.isBefore(from) ? month : from;
			to = month.isAfter(to) ? month : to;
		}
		List<MonthCount> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(new MonthCount(month, counts.getOrDefault(month, 0L)));
		}
		return new MonthlyCounts(months, undated);
	}

}
