package org.signaldigest.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.signaldigest.kind.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.signaldigest.parser.SamplePages.TITLE_LINE;
import static org.signaldigest.parser.SamplePages.parseLines;
import static org.signaldigest.parser.SamplePages.parser;

/** Broken, odd and extreme inputs: the parser reports problems and never throws. */
class MarkdownPageParserRobustnessTest {

	private static final String EXTERNAL = "__[External link](https://example.org/article)__";

	/** A page: title line, external link, then the given lines (no final newline). */
	private static ParseResult page(String... body) {
		List<String> lines = new ArrayList<>(List.of(TITLE_LINE, "", EXTERNAL, ""));
		lines.addAll(List.of(body));
		return parseLines(lines.toArray(String[]::new));
	}

	private static Problem onlyError(ParseResult result) {
		assertThat(result.failed()).isTrue();
		assertThat(result.page()).isNull();
		assertThat(result.errors()).hasSize(1);
		return result.errors().get(0);
	}

	@Test
	void inlineHtmlIsKeptAsTextInTitlesAndCellsAndBrIsASpace() {
		ParseResult result = parseLines(
				"# __A <script>alert(1)</script> title__, (from page [20240101](https://x.org/p/1).)", "", "## Signals",
				"", "| name | description |", "|:--|:--|", "| <img src=x onerror=alert(1)> bad | one<br>two |");

		assertThat(result.failed()).isFalse();
		assertThat(result.page().title()).isEqualTo("A <script>alert(1)</script> title");
		assertThat(result.page().findings(FindingKind.SIGNALS).get(0).name())
			.isEqualTo("<img src=x onerror=alert(1)> bad");
		assertThat(result.page().findings(FindingKind.SIGNALS).get(0).description()).isEqualTo("one two");
	}

	@Test
	void aTermWithoutLetterOrDigitIsLeftOutWithAWarning() {
		ParseResult result = parseLines("# __T__, (from page [20240101](https://x.org/p/1).)", "", "## Keywords", "",
				"* AI", "* !!!", "* —", "", "## Themes", "", "* 合わせ箸");

		assertThat(result.page().keywords()).containsExactly("AI");
		assertThat(result.page().themes()).containsExactly("合わせ箸");
		assertThat(result.warnings()).filteredOn(problem -> problem.message().contains("has no letter or digit"))
			.extracting(Problem::section, Problem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Keywords", 6),
					org.assertj.core.groups.Tuple.tuple("Keywords", 7));
	}

	@Test
	void emptyFileIsRejected() {
		Problem error = onlyError(parser().parse("empty.md", new byte[0]));

		assertThat(error.severity()).isEqualTo(Severity.ERROR);
		assertThat(error.message()).contains("empty").contains("0 bytes");
	}

	@Test
	void whitespaceOnlyFileIsRejected() {
		Problem error = onlyError(parser().parse("blank.md", " \n\r\n\t \n".getBytes(StandardCharsets.UTF_8)));

		assertThat(error.message()).contains("empty").contains("only whitespace");
	}

	@Test
	void binaryFileIsRejected() {
		byte[] bytes = { '#', ' ', 'x', '\n', 0x00, 0x01, 0x02, (byte) 0xFF };

		Problem error = onlyError(parser().parse("image.png", bytes));

		assertThat(error.message()).contains("binary").contains("NUL byte at byte offset 4");
		assertThat(error.line()).isEqualTo(2);
	}

	@Test
	void invalidUtf8IsRejectedWithItsOffsetAndLine() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes((TITLE_LINE + "\n\n## Summary\n\nCaf").getBytes(StandardCharsets.UTF_8));
		int offset = out.size();
		out.write(0xE9); // "é" in windows-1252
		out.writeBytes(" au lait\n".getBytes(StandardCharsets.UTF_8));

		Problem error = onlyError(parser().parse("latin1.md", out.toByteArray()));

		assertThat(error.message()).contains("not valid UTF-8").contains("0xE9").contains("byte offset " + offset);
		assertThat(error.line()).isEqualTo(5);
	}

	@Test
	void titleLineAloneIsRejectedForHavingNoSection() {
		ParseResult result = parseLines(TITLE_LINE);

		Problem error = onlyError(result);
		assertThat(error.message()).contains("no recognised section").contains("Keywords");
		assertThat(result.warnings()).extracting(Problem::message)
			.anySatisfy(m -> assertThat(m).contains("no external link"));
	}

	@Test
	void titleLineWithOnlyUnknownSectionsIsRejected() {
		ParseResult result = page("## Random notes", "", "* whatever");

		assertThat(onlyError(result).message()).contains("no recognised section");
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.section()).isEqualTo("Random notes");
			assertThat(w.line()).isEqualTo(5);
			assertThat(w.message()).contains("unknown section \"Random notes\"");
		});
	}

	@Test
	void pageWithoutTitleLineIsRejected() {
		ParseResult result = parseLines("Just some text", "", "## Keywords", "", "* a");

		Problem error = onlyError(result);
		assertThat(error.line()).isEqualTo(1);
		assertThat(error.message()).contains("no title line").contains("Just some text");
	}

	@Test
	void titleHeadingWithoutDigestLinkIsRejected() {
		Problem error = onlyError(parseLines("# __A title__ without a link", "", "## Keywords", "", "* a"));

		assertThat(error.message()).contains("no digest link");
	}

	@Test
	void bomCrlfAndNoFinalNewlineGiveTheSameResultAsTheCleanPage() {
		String text = new String(SamplePages.bytes("000_7dbf54652c1df20c"), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain("\r").doesNotStartWith("\uFEFF");
		String messy = "\uFEFF" + text.replace("\n", "\r\n");
		assertThat(messy).doesNotEndWith("\n");

		ParseResult expected = parser().parse("clean.md", text.getBytes(StandardCharsets.UTF_8));
		ParseResult actual = parser().parse("messy.md", messy.getBytes(StandardCharsets.UTF_8));

		assertThat(actual.page()).isNotNull().isEqualTo(expected.page());
		assertThat(actual.problems()).isEqualTo(expected.problems());
		assertThat(actual.page().title()).startsWith("Zoom's Terms Update");
		assertThat(actual.page().summary()).doesNotContain("\r");
	}

	@Test
	void rowsWithTooFewOrTooManyCellsAreKeptAndReported() {
		ParseResult result = page("## Concerns", "", "| name | description | relevancy |", "|---|---|---|",
				"| Short row | only two |", "| Long row | four cells | 3 | extra one | extra two |",
				"| Exact | fine | 2 |");

		assertThat(result.page().findings(FindingKind.CONCERNS)).containsExactly(
				new ParsedFinding("Short row", "only two", null), new ParsedFinding("Long row", "four cells", 3),
				new ParsedFinding("Exact", "fine", 2));
		assertThat(result.warnings()).extracting(Problem::section, Problem::line)
			.containsExactly(tuple("Concerns", 9), tuple("Concerns", 10));
		assertThat(result.warnings().get(0).message()).contains("2 cell(s) but the header has 3")
			.contains("left empty");
		assertThat(result.warnings().get(1).message()).contains("5 cells but the header has 3")
			.contains("\"extra one\"")
			.contains("\"extra two\"");
	}

	@Test
	void tenThousandRowTableIsParsed() {
		List<String> lines = new ArrayList<>(List.of("## Signals", "",
				"| name | description | change | 10-year | driving-force | relevancy |", "|:--|:--|:--|:--|:--|--:|"));
		IntStream.rangeClosed(1, 10_000)
			.forEach(i -> lines.add("| Signal " + i + " | Description " + i + " | Change " + i + " | Ten years " + i
					+ " | Force " + i + " | " + (i % 5 + 1) + " |"));

		ParseResult result = page(lines.toArray(String[]::new));

		assertThat(result.problems()).isEmpty();
		assertThat(result.page().findings(FindingKind.SIGNALS)).hasSize(10_000);
		assertThat(result.page().findings(FindingKind.SIGNALS).get(9_999)).isEqualTo(new ParsedFinding("Signal 10000",
				"Description 10000", "Change 10000", "Ten years 10000", "Force 10000", 1));
	}

	@Test
	void invalidRelevanciesBecomeNullWithAWarning() {
		ParseResult result = page("## Issues", "", "| name | description | relevancy |", "|---|---|---|",
				"| A | x | high |", "| B | x | 7 |", "| C | x |  4  |", "| D | x | 4.5 |", "| E | x |  |");

		assertThat(result.page().findings(FindingKind.ISSUES)).extracting(ParsedFinding::name, ParsedFinding::relevancy)
			.containsExactly(tuple("A", null), tuple("B", null), tuple("C", 4), tuple("D", null), tuple("E", null));
		assertThat(result.warnings()).extracting(Problem::section, Problem::line)
			.containsExactly(tuple("Issues", 9), tuple("Issues", 10), tuple("Issues", 12));
		assertThat(result.warnings()).extracting(Problem::message)
			.satisfiesExactly(m -> assertThat(m).contains("relevancy \"high\"").contains("1 to 5"),
					m -> assertThat(m).contains("relevancy \"7\""), m -> assertThat(m).contains("relevancy \"4.5\""));
	}

	@Test
	void duplicateSectionsAreParsedAndAppended() {
		ParseResult result = page("## Keywords", "", "* one", "* two", "", "## Signals", "", "| name | change |",
				"|---|---|", "| S1 | c1 |", "", "## Keywords", "", "* three", "", "## Signals", "", "| name | change |",
				"|---|---|", "| S2 | c2 |");

		assertThat(result.page().keywords()).containsExactly("one", "two", "three");
		assertThat(result.page().findings(FindingKind.SIGNALS)).extracting(ParsedFinding::name, ParsedFinding::change)
			.containsExactly(tuple("S1", "c1"), tuple("S2", "c2"));
		assertThat(result.warnings()).extracting(Problem::section, Problem::line)
			.containsExactly(tuple("Keywords", 16), tuple("Signals", 20));
		assertThat(result.warnings()).allSatisfy(w -> assertThat(w.message()).contains("more than once"));
	}

	@Test
	void escapedPipeAndInlineMarkupInCellsBecomePlainText() {
		ParseResult result = page("## Signals", "", "| name | description | relevancy |", "|---|---|---|",
				"| A \\| B | **bold**, *em*, `code`, [link text](https://x.org) and _under_ | 2 |", "| N/A |  | N/A |");

		assertThat(result.page().findings(FindingKind.SIGNALS)).hasSize(2);
		assertThat(result.page().findings(FindingKind.SIGNALS).get(0).name()).isEqualTo("A | B");
		assertThat(result.page().findings(FindingKind.SIGNALS).get(0).description())
			.isEqualTo("bold, em, code, link text and under");
		assertThat(result.page().findings(FindingKind.SIGNALS).get(1).name()).isEqualTo("N/A");
		assertThat(result.page().findings(FindingKind.SIGNALS).get(1).description()).isNull();
		assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("\"N/A\""));
	}

	@Test
	void columnsAreMatchedByNameNotPositionAndUnknownColumnsReported() {
		ParseResult result = page("## Signals", "",
				"| Relevancy | Driving_Force | NAME | Colour | 10y horizon | Change |", "|---|---|---|---|---|---|",
				"| 3 | force | The name | red | later | shift |");

		assertThat(result.page().findings(FindingKind.SIGNALS))
			.containsExactly(new ParsedFinding("The name", null, "shift", "later", "force", 3));
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.section()).isEqualTo("Signals");
			assertThat(w.line()).isEqualTo(7);
			assertThat(w.message()).contains("unknown column \"Colour\"").contains("Signals table");
		});
	}

	@Test
	void findingsTableWithSignalOnlyColumnReportsIt() {
		ParseResult result = page("## Behaviors", "", "| name | change |", "|---|---|", "| B | c |");

		assertThat(result.page().findings(FindingKind.BEHAVIORS)).containsExactly(new ParsedFinding("B", null, null));
		assertThat(result.warnings()).singleElement()
			.extracting(Problem::message)
			.asString()
			.contains("unknown column \"change\"")
			.contains("Behaviors");
	}

	@Test
	void impossibleDateInDigestIdIsWarnedAndLeftEmpty() {
		ParseResult result = parseLines("# __T__, (from page [20230231](https://kghosh.substack.com/p/20230231).)", "",
				EXTERNAL, "", "## Keywords", "", "* k");

		assertThat(result.page().digestId()).isEqualTo("20230231");
		assertThat(result.page().digestDate()).isNull();
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.line()).isEqualTo(1);
			assertThat(w.message()).contains("\"20230231\" is not a date");
		});
	}

	@Test
	void digestIdIsTrimmedAndFutureDatesAreWarned() {
		ParseResult trailingSpace = parseLines(
				"# __T__, (from page [20250504 ](https://kghosh.substack.com/p/20250504).)", "", EXTERNAL, "",
				"## Keywords", "", "* k");
		ParseResult tomorrow = parseLines("# __T__, (from page [20261201](https://kghosh.substack.com/p/20261201).)",
				"", EXTERNAL, "", "## Keywords", "", "* k");
		ParseResult today = parseLines("# __T__, (from page [20261130](https://kghosh.substack.com/p/20261130).)", "",
				EXTERNAL, "", "## Keywords", "", "* k");

		assertThat(trailingSpace.page().digestId()).isEqualTo("20250504");
		assertThat(trailingSpace.page().digestDate()).isEqualTo(LocalDate.of(2025, 5, 4));
		assertThat(trailingSpace.problems()).isEmpty();
		assertThat(tomorrow.page().digestDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(tomorrow.warnings()).singleElement()
			.extracting(Problem::message)
			.asString()
			.contains("in the future");
		assertThat(today.problems()).isEmpty();
	}

	@Test
	void explodedListWithMarkdownSpecialCharactersIsRebuiltFromSource() {
		ParseResult result = page("## Themes", "", "* C", "* +", "* +", "* ,", "* C", "* #", "* ,", "*  ", "* a", "* -",
				"* b", "* *", "* ,", "* \"", "* q", "* \"");

		assertThat(result.page().themes()).containsExactly("C++", "C#", "a-b*", "q");
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.section()).isEqualTo("Themes");
			assertThat(w.line()).isEqualTo(7);
			assertThat(w.describe())
				.isEqualTo("Themes, line 7: the list was written one character per bullet; rebuilt as 4 themes");
		});
	}

	@Test
	void bulletsThatAreNotParagraphsAreReadFromTheirSource() {
		ParseResult result = page("## Keywords", "", "* 1.", "* Java", "* \"quoted words\"", "* \u201Ccurly\u201D");

		assertThat(result.page().keywords()).containsExactly("1.", "Java", "quoted words", "curly");
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void otherSectionWithUnknownKeysAndBadBullets() {
		ParseResult result = page("## Other", "", "* Category: science", "* Mood: happy", "* no colon here",
				"* type:  news  ");

		assertThat(result.page().category()).isEqualTo("science");
		assertThat(result.page().type()).isEqualTo("news");
		assertThat(result.warnings()).extracting(Problem::section, Problem::line)
			.containsExactly(tuple("Other", 8), tuple("Other", 9));
		assertThat(result.warnings().get(0).message()).contains("unknown key \"Mood\"");
		assertThat(result.warnings().get(1).message()).contains("Key: value").contains("no colon here");
	}

	@Test
	void closestBulletsThatAreNotLinksAreReported() {
		ParseResult result = page("## Closest", "", "* [A](0123456789abcdef0123456789abcdef)", "* just text",
				"* [A again](0123456789abcdef0123456789abcdef)", "* [B](fedcba9876543210fedcba9876543210)");

		assertThat(result.page().relatedIds()).containsExactly("0123456789abcdef0123456789abcdef",
				"fedcba9876543210fedcba9876543210");
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.section()).isEqualTo("Closest");
			assertThat(w.line()).isEqualTo(8);
			assertThat(w.message()).contains("\"just text\"").contains("not a link");
		});
	}

	@Test
	void emptyAndUnknownSectionsAreWarnedAndMissingSectionsAreEmpty() {
		ParseResult result = page("## Keywords", "", "## Mystery", "", "* x", "", "## Themes", "", "* t");

		ParsedPage page = result.page();
		assertThat(page.keywords()).isEmpty();
		assertThat(page.themes()).containsExactly("t");
		assertThat(page.summary()).isNull();
		assertThat(page.findings(FindingKind.SIGNALS)).isEmpty();
		assertThat(page.relatedIds()).isEmpty();
		assertThat(result.warnings()).extracting(Problem::section, Problem::line)
			.containsExactly(tuple("Keywords", 5), tuple("Mystery", 7));
		assertThat(result.warnings().get(0).message()).contains("empty");
		assertThat(result.warnings().get(1).message()).contains("unknown section \"Mystery\"");
	}

	@Test
	void summaryKeepsTheMarkdownSourceOfAllItsBlocks() {
		ParseResult result = page("## Summary", "", "", "First **bold** line", "continued.", "", "* a point", "",
				"Last paragraph.   ", "", "## Keywords", "", "* k");

		assertThat(result.page().summary())
			.isEqualTo("First **bold** line\ncontinued.\n\n* a point\n\nLast paragraph.");
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void mojibakeInKeywordsIsRepairedWithOneWarningPerSection() {
		ParseResult result = page("## Keywords", "", "* Zoom\u00e2\u20ac\u2122s terms", "* caf\u00c3\u00a9",
				"* caf\u00e9 \u2019 \u2014 \u00a3 \u20ac \u5408\u308f\u305b\u7bb8");

		assertThat(result.page().keywords()).containsExactly("Zoom\u2019s terms", "caf\u00e9",
				"caf\u00e9 \u2019 \u2014 \u00a3 \u20ac \u5408\u308f\u305b\u7bb8");
		assertThat(result.warnings()).singleElement().satisfies(w -> {
			assertThat(w.section()).isEqualTo("Keywords");
			assertThat(w.line()).isEqualTo(7);
			assertThat(w.message()).contains("Windows-1252");
		});
	}

	@Test
	void parsingIsThreadSafe() {
		byte[] bytes = SamplePages.bytes("289d72624afd0bb868b1d4c7a26cf352");
		MarkdownPageParser shared = parser();
		ParsedPage expected = shared.parse("a.md", bytes).page();

		List<ParsedPage> pages = IntStream.range(0, 64)
			.parallel()
			.mapToObj(i -> shared.parse("a.md", bytes).page())
			.toList();

		assertThat(pages).hasSize(64).allSatisfy(p -> assertThat(p).isEqualTo(expected));
	}

	@Test
	void nullInputIsReportedNotThrown() {
		assertThat(onlyError(parser().parse(null, null)).message()).contains("empty");
	}

}
