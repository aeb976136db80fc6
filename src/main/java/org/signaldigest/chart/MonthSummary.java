package org.signaldigest.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a monthly chart shows, in words, for its description and its tooltip: from when to
 * when, how many, the busiest month.
 *
 * @param dated the sum of the months' counts
 * @param undated how many have no month, so are not drawn
 */
public record MonthSummary(String first, String last, String peakMonth, long peakCount, long dated, long undated) {

	static MonthSummary of(MonthlyCounts counts, Locale locale) {
		MonthCount peak = counts.peak();
		return new MonthSummary(name(counts.months().get(0).month(), locale),
				name(counts.months().get(counts.months().size() - 1).month(), locale), name(peak.month(), locale),
				peak.count(), counts.dated(), counts.undated());
	}

	/**
	 * @return the month as the locale writes it, e.g. "Mar 2024"
	 */
	static String name(YearMonth month, Locale locale) {
		return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
	}

}
