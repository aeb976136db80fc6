package org.signaldigest.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five tables' queries on the sample pages. Expected numbers were counted in the
 * pages themselves: 98 signal rows, of which 16 have relevancy 5, 25 relevancy 4, 9
 * relevancy 3 and 48 none (old pages have no relevancy column).
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class FindingQueriesTest {

	private static final PageRequest ALL = PageRequest.of(0, 200);

	@Autowired
	FilterTerms terms;

	@Autowired
	FindingQueries queries;

	@Autowired
	FacetQueries facetQueries;

	@Autowired
	ImportService imports;

	@BeforeEach
	void importSamples() {
		SamplePages.importAll(imports);
	}

	@Test
	void relevancyFiltersNarrowTheRows() {
		assertThat(signals(Filter.NONE).getTotalElements()).isEqualTo(98);
		assertThat(signals(TestFilters.parse("minRelevancy=4")).getContent()).hasSize(41)
			.allSatisfy(row -> assertThat(row.relevancy()).isGreaterThanOrEqualTo(4));
		assertThat(signals(TestFilters.parse("relevancy=3&relevancy=5")).getContent()).hasSize(25)
			.allSatisfy(row -> assertThat(row.relevancy()).isIn(3, 5));
		assertThat(signals(TestFilters.parse("minRelevancy=4&relevancy=3&relevancy=5")).getContent()).hasSize(16);
	}

	@Test
	void articleFiltersNarrowTheRowsAndCombine() {
		assertThat(signals(TestFilters.parse("theme=artificial-intelligence")).getContent()).hasSize(10)
			.extracting(FindingRow::articleId)
			.containsOnly("000_7dbf54652c1df20c", "27739562162");
		assertThat(signals(TestFilters.parse("category=technology")).getTotalElements()).isEqualTo(15);
		assertThat(signals(TestFilters.parse("category=technology&type=news")).getContent()).hasSize(10)
			.extracting(FindingRow::articleId)
			.containsOnly("000_7dbf54652c1df20c", "27739562162");
		assertThat(signals(TestFilters.parse("from=2026-01-01")).getContent()).hasSize(15)
			.allSatisfy(row -> assertThat(row.digestDate()).isAfterOrEqualTo(LocalDate.of(2026, 1, 1)));
		assertThat(signals(TestFilters.parse("from=2026-01-01&to=2026-12-31")).getContent()).hasSize(10);
		assertThat(signals(TestFilters.parse("keyword=zoom&minRelevancy=5")).getContent()).isNotEmpty()
			.allSatisfy(row -> {
				assertThat(row.articleId()).isEqualTo("000_7dbf54652c1df20c");
				assertThat(row.relevancy()).isEqualTo(5);
			});
		assertThat(signals(TestFilters.parse("theme=artificial-intelligence&theme=no-such-theme")).getContent())
			.isEmpty();
	}

	@Test
	void fullTextSearchMatchesEveryTextColumnAndTheArticleTitleAndKeepsTheTablesOrder() {
		List<FindingRow> rows = signals(TestFilters.parse("q=chatbots")).getContent();

		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(String
				.join(" ", Objects.toString(row.name()), Objects.toString(row.description()),
						Objects.toString(row.change()), Objects.toString(row.tenYear()),
						Objects.toString(row.drivingForce()), Objects.toString(row.articleTitle()))
				.toLowerCase()).contains("chatbot"));
		assertThat(rows).extracting(FindingRow::relevancy)
			.isSortedAccordingTo(Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
		assertThat(rows).extracting(FindingRow::articleId).contains("27203920581");
	}

	@Test
	void theDefaultOrderIsRelevancyDescendingWithRowsWithoutRelevancyLast() {
		List<Integer> relevancies = signals(Filter.NONE).getContent().stream().map(FindingRow::relevancy).toList();

		assertThat(relevancies).isSortedAccordingTo(Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
		assertThat(relevancies.get(0)).isEqualTo(5);
		assertThat(relevancies.get(relevancies.size() - 1)).isNull();
	}

	@Test
	void aRequestedSortComesFirst() {
		List<String> names = queries
			.find(FindingKind.SIGNALS, terms.resolve(Filter.NONE), PageRequest.of(0, 200, Sort.by("name")))
			.getContent()
			.stream()
			.map(FindingRow::name)
			.filter(Objects::nonNull)
			.toList();

		assertThat(names).hasSizeGreaterThan(90).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@Test
	void everyFacetCountEqualsTheCountOfTheViewItLeadsTo() {
		Filter base = TestFilters.parse("minRelevancy=3");
		Facets facets = facetQueries.facets(FindingKind.SIGNALS, terms.resolve(base), FacetCounter.FACET_SIZE);

		assertThat(facets.relevancy()).extracting(Facets.Value::value).containsExactly("5", "4", "3");
		assertThat(facets.relevancy()).extracting(Facets.Value::count).containsExactly(16L, 25L, 9L);
		assertThat(facets.themes()).isNotEmpty()
			.allSatisfy(theme -> assertThat(
					signals(TestFilters.parse("minRelevancy=3").with("theme", theme.value())).getTotalElements())
				.isEqualTo(theme.count()));
		assertThat(facets.keywords()).isNotEmpty()
			.allSatisfy(keyword -> assertThat(
					signals(TestFilters.parse("minRelevancy=3").with("keyword", keyword.value())).getTotalElements())
				.isEqualTo(keyword.count()));
		assertThat(facets.categories()).isNotEmpty()
			.allSatisfy(category -> assertThat(
					signals(TestFilters.parse("minRelevancy=3").with("category", category.value())).getTotalElements())
				.isEqualTo(category.count()));
		assertThat(facets.types()).isNotEmpty()
			.allSatisfy(type -> assertThat(
					signals(TestFilters.parse("minRelevancy=3").with("type", type.value())).getTotalElements())
				.isEqualTo(type.count()));
		assertThat(facetQueries.facets(FindingKind.SIGNALS, terms.resolve(Filter.NONE), FacetCounter.FACET_SIZE)
			.relevancy()).contains(new Facets.Value(null, null, 48));
	}

	@Test
	void rowsOfArticlesWhoseDigestDateIsMissingOrAfterTheirImportAreListed() {
		assertThat(signals(TestFilters.parse("unconfirmedDate=true")).getContent()).extracting(FindingRow::articleId)
			.as("the real pages dated 2029-09-11 and 4320.0")
			.containsOnly("001b195bbddec8fb0193b668a70aa883", "002d4d9211952bdfe5bbac13ccf20947")
			.contains("001b195bbddec8fb0193b668a70aa883");
	}

	@Test
	void aChosenCategoryIsCountedAsIfItWereNotSoItsFacetOffersTheOthers() {
		Facets all = facetQueries.facets(FindingKind.SIGNALS, terms.resolve(Filter.NONE), FacetCounter.FACET_SIZE);
		String category = all.categories().get(0).value();
		Facets chosen = facetQueries.facets(FindingKind.SIGNALS,
				terms.resolve(TestFilters.parse("category=" + category)), FacetCounter.FACET_SIZE);

		assertThat(all.categories()).hasSizeGreaterThan(1);
		assertThat(chosen.categories()).isEqualTo(all.categories());
		assertThat(chosen.themes()).allSatisfy(theme -> assertThat(
				signals(TestFilters.parse("category=" + category).with("theme", theme.value())).getTotalElements())
			.isEqualTo(theme.count()));
	}

	@Test
	void everyMatchingRowIsStreamedInOrder() {
		Filter filter = TestFilters.parse("minRelevancy=4");
		List<FindingRow> streamed = new ArrayList<>();

		queries.forEach(FindingKind.SIGNALS, terms.resolve(filter), Sort.unsorted(), streamed::add);

		assertThat(streamed).isEqualTo(signals(filter).getContent());
	}

	@Test
	void theOtherTablesHaveNoSignalColumns() {
		Page<FindingRow> concerns = queries.find(FindingKind.CONCERNS, terms.resolve(Filter.NONE), ALL);

		assertThat(concerns.getContent()).isNotEmpty()
			.allSatisfy(row -> assertThat(row.change()).isNull())
			.anySatisfy(row -> assertThat(row.name()).isEqualTo("Legal Ramifications"));
	}

	private Page<FindingRow> signals(Filter filter) {
		return queries.find(FindingKind.SIGNALS, terms.resolve(filter), ALL);
	}

}
