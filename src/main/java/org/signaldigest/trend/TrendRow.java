package org.signaldigest.trend;

import java.time.LocalDate;

import org.signaldigest.chart.MonthlyCounts;
import org.signaldigest.taxonomy.Growth;

/**
 * A recurring signal: its group's representative name and what its signals add up to
 * (within the filters), with its mentions per month.
 */
record TrendRow(long id, String name, long mentions, long digests, LocalDate firstSeen, LocalDate lastSeen,
		Double relevancy, Growth growth, MonthlyCounts months) {

	TrendRow withMonths(MonthlyCounts counts) {
		return new TrendRow(id, name, mentions, digests, firstSeen, lastSeen, relevancy, growth, counts);
	}

}
