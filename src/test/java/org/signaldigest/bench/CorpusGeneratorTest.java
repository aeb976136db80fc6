package org.signaldigest.bench;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signaldigest.bench.CorpusGenerator.Form;
import org.signaldigest.bench.CorpusGenerator.Page;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.parser.MarkdownPageParser;
import org.signaldigest.parser.ParseResult;
import org.signaldigest.parser.ParsedFinding;
import org.signaldigest.parser.ParsedPage;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

	private static final MarkdownPageParser PARSER = new MarkdownPageParser(
			Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

	private static List<Page> pages;

	private static List<ParseResult> parsed;

	@BeforeAll
	static void generate() {
		pages = CorpusGenerator.fromSamples().generate(500, 42);
		parsed = new ArrayList<>();
		for (Page page : pages) {
			parsed.add(PARSER.parse(page.id() + ".md", page.bytes()));
		}
	}

	@Test
	void theSameSeedGivesTheSamePagesAndAnotherSeedOthers() {
		List<Page> again = CorpusGenerator.fromSamples().generate(500, 42);
		assertThat(again).isEqualTo(pages);
		List<Page> other = CorpusGenerator.fromSamples().generate(20, 43);
		assertThat(other.get(0).id()).isNotEqualTo(pages.get(0).id());
		assertThat(other.get(0).markdown()).isNotEqualTo(pages.get(0).markdown());
	}

	@Test
	void idsAreUnique32HexDigits() {
		Set<String> ids = new HashSet<>();
		for (Page page : pages) {
			assertThat(page.id()).matches("[0-9a-f]{32}");
			assertThat(ids.add(page.id())).isTrue();
		}
	}

	@Test
	void everyPageParsesWithoutErrors() {
		for (int i = 0; i < pages.size(); i++) {
			assertThat(parsed.get(i).errors()).as(pages.get(i).markdown()).isEmpty();
			assertThat(parsed.get(i).page()).isNotNull();
		}
	}

	@Test
	void pagesWithoutQuirksParseWithoutWarnings() {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).quirk() == null) {
				assertThat(parsed.get(i).warnings()).as(pages.get(i).markdown()).isEmpty();
			}
		}
	}

	@Test
	void bothFormsInTheSamplesProportionAndFewQuirks() {
		long old = pages.stream().filter(p -> p.form() == Form.OLD).count();
		assertThat(old / 500.0).isBetween(0.33, 0.50);
		long quirky = pages.stream().filter(p -> p.quirk() != null).count();
		assertThat(quirky).isBetween(2L, 15L);
		for (int i = 0; i < pages.size(); i++) {
			ParsedPage page = parsed.get(i).page();
			if (pages.get(i).form() == Form.OLD) {
				assertThat(page.relatedIds()).hasSizeBetween(3, 5);
				assertThat(page.findings(FindingKind.CONCERNS)).isEmpty();
			}
			else {
				assertThat(page.category()).isNotNull();
				assertThat(page.type()).isNotNull();
			}
		}
	}

	@Test
	void keywordsThemesAndRowsStayInTheirRanges() {
		List<Integer> relevancies = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			ParsedPage page = parsed.get(i).page();
			assertThat(page.keywords()).hasSizeBetween(4, 15);
			assertThat(page.themes()).hasSizeBetween(3, 8);
			assertThat(page.findings(FindingKind.SIGNALS)).hasSizeBetween(1, 11);
			for (List<ParsedFinding> table : List.of(page.findings(FindingKind.CONCERNS),
					page.findings(FindingKind.BEHAVIORS), page.findings(FindingKind.TECHNOLOGIES),
					page.findings(FindingKind.ISSUES))) {
				assertThat(table).hasSizeLessThanOrEqualTo(11);
				for (ParsedFinding finding : table) {
					assertThat(finding.description()).hasSizeLessThanOrEqualTo(CorpusGenerator.MAX_CELL);
					relevancies.add(finding.relevancy());
				}
			}
			for (ParsedFinding signal : page.findings(FindingKind.SIGNALS)) {
				for (String cell : new String[] { signal.name(), signal.description(), signal.change(),
						signal.tenYear(), signal.drivingForce() }) {
					if (cell != null) {
						assertThat(cell).hasSizeLessThanOrEqualTo(CorpusGenerator.MAX_CELL);
					}
				}
				if (pages.get(i).form() == Form.NEW) {
					relevancies.add(signal.relevancy());
				}
			}
		}
		assertThat(relevancies).doesNotContainNull().allMatch(r -> r >= 1 && r <= 5);
		long threeToFive = relevancies.stream().filter(r -> r >= 3).count();
		assertThat(threeToFive / (double) relevancies.size()).isGreaterThan(0.85);
	}

	@Test
	void termsFollowAZipfLikeDistribution() {
		Map<String, Integer> counts = new HashMap<>();
		for (ParseResult result : parsed) {
			result.page().keywords().forEach(k -> counts.merge(k.toLowerCase(), 1, Integer::sum));
		}
		List<Integer> sorted = counts.values().stream().sorted((a, b) -> b - a).toList();
		// A head: the most common keyword is on a good share of the pages; a tail: most
		// keywords are rare.
		assertThat(sorted.get(0)).isGreaterThan(50);
		assertThat(sorted.stream().filter(c -> c == 1).count()).isGreaterThan(counts.size() / 3);
	}

	@Test
	void digestDatesAreWeeklyOverFiveYearsWithSeveralPagesPerDigest() {
		Map<LocalDate, Integer> perDigest = new HashMap<>();
		for (int i = 0; i < pages.size(); i++) {
			LocalDate date = parsed.get(i).page().digestDate();
			if (pages.get(i).quirk() == CorpusGenerator.Quirk.NUMERIC_DIGEST_ID) {
				assertThat(date).isNull();
				continue;
			}
			assertThat(date).isEqualTo(pages.get(i).digestDate());
			assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
			assertThat(date).isBetween(LocalDate.of(2021, 1, 3), LocalDate.of(2025, 12, 28));
			perDigest.merge(date, 1, Integer::sum);
		}
		assertThat(perDigest.size()).isGreaterThan(150);
		assertThat(perDigest.values().stream().filter(n -> n >= 2).count()).isGreaterThan(80);
	}

}
