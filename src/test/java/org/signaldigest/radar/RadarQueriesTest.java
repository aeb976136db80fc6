package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
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
 * FindingQueriesTest); the newest digest date not in the future is 2026-04-19 (a page
 * dated 2029 is in the future).
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class RadarQueriesTest {

	private static final LocalDate NEWEST = LocalDate.of(2026, 4, 19);

	private static final LocalDate SECOND_NEWEST = LocalDate.of(2026, 3, 29);

	@Autowired
	FilterTerms terms;

	@Autowired
	RadarQueries queries;

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
	void everyMatchingSignalOnceInTheOrderOfTheSignalsTable() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE));

		assertThat(radar.matching()).isEqualTo(98);
		assertThat(radar.more()).isFalse();
		assertThat(radar.signals()).hasSize(98)
			.extracting(signal -> signal.pageId() + "#" + signal.position())
			.doesNotHaveDuplicates();
		List<FindingRow> table = findings.find(FindingKind.SIGNALS, terms.resolve(Filter.NONE), PageRequest.of(0, 200))
			.getContent();
		assertThat(radar.signals()).extracting(
				signal -> List.of(signal.pageId(), String.valueOf(signal.name()), String.valueOf(signal.relevancy())))
			.isEqualTo(table.stream()
				.map(row -> List.of(row.articleId(), String.valueOf(row.name()), String.valueOf(row.relevancy())))
				.toList());
		assertThat(radar.signals()).extracting(RadarSignal::relevancy)
			.isSortedAccordingTo(Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
	}

	@Test
	void theFiltersOfTheTablesApply() {
		assertThat(queries.radar(terms.resolve(TestFilters.parse("minRelevancy=4"))).signals()).hasSize(41)
			.allSatisfy(signal -> assertThat(signal.relevancy()).isGreaterThanOrEqualTo(4));
		assertThat(queries.radar(terms.resolve(TestFilters.parse("theme=artificial-intelligence"))).signals())
			.hasSize(10)
			.allSatisfy(signal -> assertThat(signal.themes()).extracting(RadarSignal.Theme::slug)
				.contains("artificial-intelligence"))
			.extracting(RadarSignal::pageId)
			.containsOnly("000_7dbf54652c1df20c", "27739562162");
		assertThat(queries.radar(terms.resolve(TestFilters.parse("q=chatbots"))).signals())
			.extracting(RadarSignal::pageId)
			.contains("27203920581");
	}

	@Test
	void eachSignalCarriesItsArticlesThemesInThePagesOrder() {
		RadarSignal vicuna = queries.radar(terms.resolve(Filter.NONE))
			.signals()
			.stream()
			.filter(signal -> signal.pageId().equals("27203920581"))
			.findFirst()
			.orElseThrow();

		List<String> expected = sql
			.sql("""
					select t.slug from article_theme l join theme t on t.id = l.theme_id join article a on a.id = l.article_id
					where a.page_id = '27203920581' order by l.position""")
			.query(String.class)
			.list();
		assertThat(expected).hasSize(5);
		assertThat(vicuna.themes()).extracting(RadarSignal.Theme::slug).isEqualTo(expected);
	}

	@Test
	void signalsOfTheNewestDigestDateNotInTheFutureAreNew() {
		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE));

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
	void theDotsAreCappedAndTheCountBounded() {
		RadarQueries capped = new RadarQueries(jdbc, new RadarProperties(10, 20, 2));
		RadarSignals radar = capped.radar(terms.resolve(Filter.NONE));

		assertThat(radar.signals()).isEqualTo(queries.radar(terms.resolve(Filter.NONE))
			.signals()
			.subList(0, 10)
			.stream()
			.map(signal -> withNew(signal,
					signal.digestDate() != null && List.of(NEWEST, SECOND_NEWEST).contains(signal.digestDate())))
			.toList());
		assertThat(radar.matching()).isEqualTo(20);
		assertThat(radar.more()).isTrue();
		assertThat(radar.newDates()).containsExactly(NEWEST, SECOND_NEWEST);
		assertThat(capped.radar(terms.resolve(TestFilters.parse("minRelevancy=5"))).more()).isFalse();
	}

	@Test
	void nothingImportedNothingShown() {
		sql.sql("delete from article").update();

		RadarSignals radar = queries.radar(terms.resolve(Filter.NONE));

		assertThat(radar.signals()).isEmpty();
		assertThat(radar.matching()).isZero();
		assertThat(radar.newDates()).isEmpty();
	}

	private static RadarSignal withNew(RadarSignal signal, boolean isNew) {
		return new RadarSignal(signal.pageId(), signal.position(), signal.name(), signal.relevancy(),
				signal.articleTitle(), signal.digestDate(), signal.themes(), isNew);
	}

}
