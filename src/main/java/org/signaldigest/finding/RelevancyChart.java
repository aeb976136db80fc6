package org.signaldigest.finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.signaldigest.chart.BarChart;
import org.signaldigest.chart.LabelledCount;
import org.signaldigest.listing.Facets;

/**
 * The rows of a table by relevancy, 1 to 5 then none, drawn from the relevancy facet: the
 * same counts, so the chart always adds up to the table. A relevancy no row has counts
 * zero.
 */
final class RelevancyChart {

	private RelevancyChart() {
	}

	/**
	 * @param noneLabel what the column of the rows without relevancy says
	 */
	static BarChart of(List<Facets.Value> relevancyFacet, String noneLabel, Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		relevancyFacet
			.forEach(value -> counts.merge(value.value() == null ? "" : value.value(), value.count(), Long::sum));
		List<LabelledCount> bars = new ArrayList<>();
		for (int relevancy = 1; relevancy <= 5; relevancy++) {
			String key = Integer.toString(relevancy);
			bars.add(new LabelledCount(key, key, counts.getOrDefault(key, 0L), "r" + key));
		}
		bars.add(new LabelledCount(null, noneLabel, counts.getOrDefault("", 0L), "rnone"));
		return BarChart.of(bars, locale);
	}

}
