package org.signaldigest.trend;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.TestPage;
import org.signaldigest.chart.MonthCount;
import org.signaldigest.importing.ImportService;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.taxonomy.Growth;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * /trends' recurring signals on the real database, with the pages of
 * {@link GroupFixture}.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class TrendQueriesTest {

	@Autowired
	FilterTerms terms;

	@Autowired
	ImportService imports;

	@Autowired
	TrendQueries trends;

	@Test
	void groupsSeenInTwoDigestsOrMoreWithTheirCountersAndMonths() {
		for (TestPage page : List.of(GroupFixture.first(), GroupFixture.second(), GroupFixture.third(),
				GroupFixture.fourth())) {
			TestPage.importAll(imports, page);
		}

		Page<TrendRow> rows = trends.recurring(terms.resolve(Filter.NONE), PageRequest.of(0, 50));

		assertThat(rows.getTotalElements()).isEqualTo(3);
		TrendRow chatbots = rows.getContent().get(0);
		assertThat(chatbots.name()).isEqualTo("Open-source chatbots rise");
		assertThat(List.of(chatbots.mentions(), chatbots.digests())).containsExactly(3L, 3L);
		assertThat(chatbots.firstSeen()).isEqualTo(LocalDate.of(2023, 4, 2));
		assertThat(chatbots.lastSeen()).isEqualTo(LocalDate.of(2023, 4, 16));
		assertThat(chatbots.relevancy()).isEqualTo(4.0);
		assertThat(chatbots.growth()).as("all within the last 12 weeks").isEqualTo(new Growth(3, 0));
		assertThat(chatbots.months().months()).extracting(MonthCount::count).containsExactly(3L);
		assertThat(rows.getContent()).extracting(TrendRow::name)
			.containsExactly("Open-source chatbots rise", "Quantum computing hype", "Remote work fatigue");
	}

	@Test
	void aDigestDateAfterTheImportAnchorsNoGrowthWindowAndStretchesNoSparkline() {
		for (TestPage page : List.of(GroupFixture.first(), GroupFixture.second(), GroupFixture.third(),
				GroupFixture.fourth(),
				TestPage.page("typo").digest("20290402").signal("Open-source chatbots rise", 5))) {
			TestPage.importAll(imports, page);
		}

		for (Filter filter : List.of(Filter.NONE, TestFilters.parse("from=2023-01-01"))) {
			TrendRow chatbots = trends.recurring(terms.resolve(filter), PageRequest.of(0, 50)).getContent().get(0);
			assertThat(chatbots.name()).isEqualTo("Open-source chatbots rise");
			assertThat(chatbots.mentions()).as("listed: its mention counts").isEqualTo(4);
			assertThat(chatbots.growth()).as("the last 12 weeks end on 23 April 2023, the latest confirmed date")
				.isEqualTo(new Growth(3, 0));
			assertThat(chatbots.months().months()).as(filter.toString())
				.extracting(MonthCount::count)
				.containsExactly(3L);
		}
	}

	@Test
	void filtersCountOnlyTheMatchingSignalsAndSortsApply() {
		for (TestPage page : List.of(GroupFixture.first(), GroupFixture.second(), GroupFixture.third(),
				GroupFixture.fourth())) {
			TestPage.importAll(imports, page);
		}
		Filter from = TestFilters.parse("from=2023-04-09");

		Page<TrendRow> rows = trends.recurring(terms.resolve(from),
				PageRequest.of(0, 50, Sort.by(Sort.Order.desc("lastSeen"))));

		assertThat(rows.getContent()).extracting(TrendRow::name, TrendRow::mentions)
			.containsExactly(tuple("Remote work fatigue", 2L), tuple("Open-source chatbots rise", 2L));
		Filter minRelevancy = TestFilters.parse("minRelevancy=4");
		assertThat(trends.recurring(terms.resolve(minRelevancy), PageRequest.of(0, 50)).getContent())
			.extracting(TrendRow::name)
			.containsExactly("Open-source chatbots rise");
	}

}
