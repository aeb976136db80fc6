package org.signaldigest.finding;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.chart.BarChart.Bar;
import org.signaldigest.chart.BarChart;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevancy chart of the tables on the sample pages: its columns add up to the rows
 * of the table, and each column's count is the number of rows of the view its link leads
 * to.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class RelevancyChartTest {

	private static final PageRequest ONE = PageRequest.of(0, 1);

	private static final List<Filter> FILTERS = List.of(Filter.NONE, TestFilters.parse("minRelevancy=3"),
			TestFilters.parse("theme=artificial-intelligence"), TestFilters.parse("q=chatbots"),
			TestFilters.parse("relevancy=4&relevancy=5&category=technology"),
			TestFilters.parse("keyword=no-such-keyword"));

	@Autowired
	FilterTerms terms;

	@Autowired
	FindingQueries queries;

	@Autowired
	FacetQueries facets;

	@Autowired
	ImportService imports;

	@BeforeEach
	void importSamples() {
		SamplePages.importAll(imports);
	}

	@Test
	void theSignalsOfTheSamplesByRelevancyOneToFiveThenNone() {
		BarChart chart = chart(FindingKind.SIGNALS, Filter.NONE);

		assertThat(chart.bars()).extracting(Bar::label).containsExactly("1", "2", "3", "4", "5", "none");
		assertThat(chart.bars()).extracting(Bar::key).containsExactly("1", "2", "3", "4", "5", null);
		assertThat(chart.bars()).extracting(Bar::count).containsExactly(0L, 0L, 9L, 25L, 16L, 48L);
		assertThat(chart.total()).isEqualTo(98);
	}

	@Test
	void theColumnsAddUpToTheTableAndEachCountsTheRowsOfTheViewItLinksTo() {
		for (FindingKind kind : FindingKind.values()) {
			for (Filter filter : FILTERS) {
				BarChart chart = chart(kind, filter);

				assertThat(chart.total()).as("%s %s", kind, filter)
					.isEqualTo(queries.find(kind, terms.resolve(filter), ONE).getTotalElements());
				for (Bar bar : chart.bars()) {
					if (bar.key() != null && bar.count() > 0) {
						assertThat(queries
							.find(kind, terms.resolve(withRelevancy(filter, Integer.valueOf(bar.key()))), ONE)
							.getTotalElements()).as("%s %s relevancy %s", kind, filter, bar.key())
							.isEqualTo(bar.count());
					}
				}
			}
		}
	}

	private BarChart chart(FindingKind kind, Filter filter) {
		return RelevancyChart.of(facets.facets(kind, terms.resolve(filter), FacetCounter.FACET_SIZE).relevancy(),
				"none", Locale.ENGLISH);
	}

	/**
	 * The view a column links to: the same filters, with relevancy set to the column's.
	 */
	private static Filter withRelevancy(Filter filter, int relevancy) {
		return filter.with("relevancy", List.of(relevancy));
	}

}
