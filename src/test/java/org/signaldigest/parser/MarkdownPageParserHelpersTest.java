package org.signaldigest.parser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.signaldigest.kind.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small helpers behind the parser: mojibake repair, digest dates, header names, raw
 * cell counting.
 */
class MarkdownPageParserHelpersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Zoom\u00e2\u20ac\u2122s | Zoom\u2019s",
					"caf\u00c3\u00a9 cr\u00c3\u00a8me | caf\u00e9 cr\u00e8me",
					"\u00e2\u20ac\u0153dash\u00e2\u20ac\u009d | \u201cdash\u201d",
					"\u00e5\u0090\u02c6\u00e3\u201a\u008f | \u5408\u308f" })
	void mojibakeIsRepaired(String garbled, String expected) {
		assertThat(Mojibake.repair(garbled)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain ASCII", "Zoom\u2019s", "\u2014 \u00a3 \u20ac60m", "caf\u00e9", "L'h\u00e9ritage",
			"\u5408\u308f\u305b\u7bb8", "\u201cquoted\u201d", "Three Seagrass\u2014still",
			"\u00b7 17,345 ratings \u00b7", "\u00e9\u00e9\u00e9", "emoji \uD83D\uDE00" })
	void correctTextIsLeftUntouched(String text) {
		assertThat(Mojibake.repair(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "20230827, 2023-08-27", "20250824d, 2025-08-24", "20251231-a-yearly-review, 2025-12-31",
					"20240229, 2024-02-29", "20230229, null", "20230231, null", "20231301, null", "4320.0, null",
					"2023082, null", "x20230827, null" })
	void digestDateComesFromTheFirstEightCharacters(String id, String expected) {
		assertThat(DigestDates.dateOf(id)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
	}

	@ParameterizedTest
	@CsvSource({ "name, NAME", "Signal, NAME", "  Description , DESCRIPTION", "change, CHANGE", "10-year, TEN_YEAR",
			"10y horizon, TEN_YEAR", "10_Year, TEN_YEAR", "driving-force, DRIVING_FORCE",
			"Driving force, DRIVING_FORCE", "RELEVANCY, RELEVANCY" })
	void headersAreMatchedByNormalisedName(String header, TableColumn expected) {
		assertThat(TableColumn.forHeader(header)).isEqualTo(expected);
	}

	@Test
	void unknownHeadersHaveNoColumn() {
		assertThat(TableColumn.forHeader("src")).isNull();
		assertThat(TableColumn.forHeader("")).isNull();
	}

	@Test
	void rawCellsAreSplitOnUnescapedPipes() {
		assertThat(RawCells.split("| a | b \\| c | d |")).containsExactly("a", "b \\| c", "d");
		assertThat(RawCells.split("a | b")).containsExactly("a", "b");
		assertThat(RawCells.split("| only |")).containsExactly("only");
		assertThat(RawCells.split("|  | x |")).containsExactly("", "x");
	}

	@Test
	void problemsDescribeWhereTheyAre() {
		assertThat(Problem.warning("Keywords", 9, "rebuilt").describe()).isEqualTo("Keywords, line 9: rebuilt");
		assertThat(Problem.warning("Keywords", null, "m").describe()).isEqualTo("Keywords: m");
		assertThat(Problem.error(null, 3, "bad byte").describe()).isEqualTo("line 3: bad byte");
		assertThat(Problem.error("whole file").describe()).isEqualTo("whole file");
		assertThat(Problem.error("x").severity()).isEqualTo(Severity.ERROR);
	}

	@Test
	void resultSeparatesErrorsFromWarningsAndDropsThePageOnError() {
		ParsedPage page = SamplePages.parseSample("27967287417").page();
		Problem warning = Problem.warning("w");
		Problem error = Problem.error("e");

		ParseResult ok = new ParseResult(page, java.util.List.of(warning));
		ParseResult bad = new ParseResult(page, java.util.List.of(warning, error));

		assertThat(ok.failed()).isFalse();
		assertThat(ok.page()).isSameAs(page);
		assertThat(ok.warnings()).containsExactly(warning);
		assertThat(ok.errors()).isEmpty();
		assertThat(bad.failed()).isTrue();
		assertThat(bad.page()).isNull();
		assertThat(bad.errors()).containsExactly(error);
		assertThat(bad.warnings()).containsExactly(warning);
	}

	@Test
	void parsedPageListsAreImmutable() {
		ParsedPage page = SamplePages.parseSample("27967287417").page();

		assertThat(page.keywords()).isUnmodifiable();
		assertThat(page.findings(FindingKind.SIGNALS)).isUnmodifiable();
		assertThat(page.relatedIds()).isUnmodifiable();
	}

}
