package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.TestPage;
import org.signaldigest.finding.FindingQueries;
import org.signaldigest.finding.FindingRow;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The radar's queries on the sample pages: 98 signals, 50 of them with a relevancy (see
 * FindingQueriesTest), 93 with a digest date; the newest digest date not in the future is
 * 2026-04-19 (a page dated 2029 is in the future).
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class RadarQueriesTest {

	private static final LocalDate NEWEST = LocalDate.of(2026, 4, 19);

	private static final LocalDate SECOND_NEWEST = LocalDate.of(2026, 3, 29);

	private static final RadarView BY_RELEVANCY = view(null, "relevancy", 100);

	private static final RadarView BY_FIRST_SEEN = view(null, null, 50);

	@Autowired
	FilterTerms terms;

	@Autowired
	RadarQueries queries;

	@Autowired
	RadarThemes themes;

	@Autowired
	FindingQueries findings;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	JdbcClient sql;

	@Autowired
	ImportService imports;

	@BeforeEach
	void importSamples() {
		SamplePages.importAll(imports);
	}

	@Test
	void byRelevancyTheSignalsWithARelevancyInTheOrderOfTheSignalsTable() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE), BY_RELEVANCY);

		assertThat(radar.matching()).isEqualTo(new Radar.Count(50, false));
		assertThat(radar.unringed()).isEqualTo(new Radar.Count(48, false));
		assertThat(keys(radar.signals())).isEqualTo(keys(table(row -> row.relevancy() != null), 50));
		assertThat(radar.latest()).isNull();
	}

	@Test
	void byFirstSeenTheTopSignalsWithADigestDateInTheOrderOfTheSignalsTable() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE), BY_FIRST_SEEN);

		assertThat(radar.matching()).isEqualTo(new Radar.Count(93, false));
		assertThat(radar.unringed()).isEqualTo(new Radar.Count(5, false));
		assertThat(keys(radar.signals())).isEqualTo(keys(table(row -> row.digestDate() != null), 50));
		assertThat(radar.latest()).isEqualTo(NEWEST);
		assertThat(radar.signals())
			.allSatisfy(signal -> assertThat(signal.firstSeen()).isNotNull().isBeforeOrEqualTo(signal.digestDate()));
	}

	@Test
	void theFiltersOfTheTablesApply() {
		assertThat(queries.radar(terms.resolve(TestFilters.parse("minRelevancy=4")), BY_RELEVANCY).signals())
			.hasSize(41)
			.allSatisfy(signal -> assertThat(signal.relevancy()).isGreaterThanOrEqualTo(4));
		assertThat(queries.radar(terms.resolve(TestFilters.parse("theme=artificial-intelligence")), BY_FIRST_SEEN)
			.signals()).hasSize(10).extracting(RadarSignal::pageId).containsOnly("000_7dbf54652c1df20c", "27739562162");
		assertThat(queries.radar(terms.resolve(TestFilters.parse("q=chatbots")), BY_RELEVANCY).signals())
			.extracting(RadarSignal::pageId)
			.contains("27203920581");
		assertThat(queries.radar(terms.resolve(TestFilters.parse("category=technology")), BY_FIRST_SEEN).signals())
			.isNotEmpty()
			.allSatisfy(signal -> assertThat(signal.category()).isEqualTo("technology"));
	}

	@Test
	void aSignalIsFirstSeenWhenItsRecurringGroupWasAndTheRingsCountBackFromTheLatestDigestUpToTo() {
		TestPage.importAll(imports,
				TestPage.page("earlier")
					.digest("20220102")
					.category("technology")
					.signal("Emergence of Open-Source Chatbots", 2));

		List<RadarSignal> signals = queries.radar(terms.resolve(Filter.NONE), view(null, null, 100)).signals();

		RadarSignal vicuna = signals.stream()
			.filter(signal -> signal.pageId().equals("27203920581") && signal.position() == 0)
			.findFirst()
			.orElseThrow();
		assertThat(vicuna.digestDate()).isEqualTo(LocalDate.of(2023, 4, 16));
		assertThat(vicuna.firstSeen()).isEqualTo(LocalDate.of(2022, 1, 2));
		assertThat(queries.radar(terms.resolve(TestFilters.parse("to=2024-01-01")), BY_FIRST_SEEN).latest())
			.isEqualTo(LocalDate.of(2023, 8, 27));
	}

	@Test
	void signalsOfTheNewestDigestDateNotInTheFutureAreNew() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE), view(null, null, 100));

		assertThat(radar.newDates()).containsExactly(NEWEST);
		assertThat(radar.signals()).filteredOn(RadarSignal::isNew)
			.isNotEmpty()
			.allSatisfy(signal -> assertThat(signal.digestDate()).isEqualTo(NEWEST));
		assertThat(radar.signals()).filteredOn(signal -> !signal.isNew())
			.isNotEmpty()
			.allSatisfy(signal -> assertThat(signal.digestDate()).isNotEqualTo(NEWEST));
		assertThat(radar.signals()).filteredOn(signal -> LocalDate.of(2029, 9, 11).equals(signal.digestDate()))
			.isNotEmpty()
			.noneMatch(RadarSignal::isNew);
	}

	@Test
	void byThemeTheChosenThemesInTheirOrderAndOnlySignalsOfArticlesThatCarryOne() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE),
				view("theme", null, 100, "no-such-theme", "chatbot", "artificial-intelligence"));

		assertThat(radar.themes()).extracting(RadarSignal.Theme::slug)
			.containsExactly("chatbot", "artificial-intelligence");
		assertThat(radar.signals()).isNotEmpty()
			.allSatisfy(signal -> assertThat(signal.themes()).isNotEmpty()
				.isSubsetOf("chatbot", "artificial-intelligence"));
		assertThat(radar.signals()).filteredOn(signal -> signal.pageId().equals("27203920581"))
			.isNotEmpty()
			.allSatisfy(signal -> assertThat(signal.themes()).containsExactlyInAnyOrder("chatbot"));
		List<String> mostCommon = sql.sql("select slug from theme_stats order by articles desc, lower(name), slug")
			.query(String.class)
			.list()
			.subList(0, RadarThemes.CHOICES);
		assertThat(radar.themeChoices()).startsWith(radar.themes().toArray(RadarSignal.Theme[]::new))
			.doesNotHaveDuplicates()
			.extracting(RadarSignal.Theme::slug)
			.containsAll(mostCommon);
	}

	@Test
	void byThemeWithoutAChoiceTheCollectionsMostCommonThemes() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE), view("theme", null, 50));

		List<String> mostCommon = sql.sql("select slug from theme_stats order by articles desc, lower(name), slug")
			.query(String.class)
			.list();
		assertThat(radar.themes()).extracting(RadarSignal.Theme::slug)
			.containsExactlyElementsOf(mostCommon.subList(0, RadarView.DEFAULT_THEMES));
		assertThat(radar.themeChoices()).extracting(RadarSignal.Theme::slug)
			.containsExactlyElementsOf(mostCommon.subList(0, RadarThemes.CHOICES));
	}

	@Test
	void theDotsAreCappedAndTheCountsBounded() {
		RadarQueries capped = new RadarQueries(jdbc, themes, new RadarProperties(20, 2));
		RadarSignals radar = capped.radar(terms.resolve(Filter.NONE), view(null, "relevancy", 10));

		assertThat(keys(radar.signals()))
			.isEqualTo(keys(queries.radar(terms.resolve(Filter.NONE), BY_RELEVANCY).signals()).subList(0, 10));
		assertThat(radar.matching()).isEqualTo(new Radar.Count(20, true));
		assertThat(radar.unringed()).isEqualTo(new Radar.Count(20, true));
		assertThat(radar.newDates()).containsExactly(NEWEST, SECOND_NEWEST);
		assertThat(capped.radar(terms.resolve(TestFilters.parse("minRelevancy=5")), view(null, "relevancy", 10))
			.matching()
			.more()).isFalse();
	}

	@Test
	void anImportOfPagesThatDoNotReachTheTopLeavesThePictureAsItWas() {
		RadarView top25 = view(null, null, 25);
		Radar before = RadarLayout.of(queries.radar(terms.resolve(Filter.NONE), top25), top25);

		TestPage.importAll(imports,
				TestPage.page("unrelated").digest("20200105").category("brand new").signal("Minor", 1),
				TestPage.page("old").digest("20190101").category("technology").signal("Old news", null));
		Radar after = RadarLayout.of(queries.radar(terms.resolve(Filter.NONE), top25), top25);

		assertThat(after.dots()).hasSize(25).isEqualTo(before.dots());
		assertThat(after.matching().value()).isEqualTo(before.matching().value() + 2);
	}

	@Test
	void nothingImportedNothingShown() {
		sql.sql("delete from article").update();

		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE), BY_FIRST_SEEN);

		assertThat(radar.signals()).isEmpty();
		assertThat(radar.matching().value()).isZero();
		assertThat(radar.newDates()).isEmpty();
		assertThat(radar.latest()).isNull();
	}

	private static RadarView view(String sectors, String rings, int top, String... themes) {
		return new RadarView(sectors, List.of(themes), rings, top);
	}

	/** The signals table's first rows (all there are, at most 200) that pass a test. */
	private List<FindingRow> table(Predicate<FindingRow> test) {
		return findings.find(FindingKind.SIGNALS, terms.resolve(Filter.NONE), PageRequest.of(0, 200))
			.getContent()
			.stream()
			.filter(test)
			.toList();
	}

	private static List<String> keys(List<FindingRow> rows, int limit) {
		return rows.stream()
			.limit(limit)
			.map(row -> row.articleId() + "|" + row.name() + "|" + row.relevancy())
			.toList();
	}

	private static List<String> keys(List<RadarSignal> signals) {
		return signals.stream()
			.map(signal -> signal.pageId() + "|" + signal.name() + "|" + signal.relevancy())
			.toList();
	}

}
