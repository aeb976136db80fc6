package org.signaldigest.parser;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.signaldigest.kind.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signaldigest.parser.SamplePages.parseSample;

/**
 * The 17 real pages bundled under samples/: all parse, and exact expectations for those
 * covering each drift.
 */
class MarkdownPageParserSamplesTest {

	static List<String> sampleIds() {
		return SamplePages.ids();
	}

	@Test
	void allSeventeenSamplePagesAreOnTheClasspath() {
		assertThat(sampleIds()).hasSize(17).contains("000_7dbf54652c1df20c", "27967287417");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sampleIds")
	void everySamplePageParsesWithoutError(String id) {
		ParseResult result = parseSample(id);

		assertThat(result.errors()).as("errors of %s", id).isEmpty();
		assertThat(result.failed()).isFalse();
		assertThat(result.page()).isNotNull();
		assertThat(result.page().digestId()).isNotBlank();
		assertThat(result.page().findings(FindingKind.SIGNALS)).isNotEmpty();
		assertThat(result.page().keywords()).isNotEmpty().allSatisfy(k -> assertThat(k).isNotBlank());
		assertThat(result.page().summary()).isNotBlank().doesNotStartWith("## ");
	}

	@Test
	void newFormPageWithMojibakeInAConcernsCell() {
		ParseResult result = parseSample("000_7dbf54652c1df20c");
		ParsedPage page = result.page();

		assertThat(page.title())
			.isEqualTo("Zoom's Terms Update: Customer Data Utilization for AI Training Without Opt-Out Option");
		assertThat(page.digestId()).isEqualTo("20230827");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2023, 8, 27));
		assertThat(page.digestUrl()).isEqualTo("https://kghosh.substack.com/p/20230827");
		assertThat(page.externalUrl()).isEqualTo("https://www.cnbc.com/2023/08/07/zoom-ai-tools-trained-using-some"
				+ "-customer-data.html?utm_source=substack&utm_medium=email");
		assertThat(page.category()).isEqualTo("technology");
		assertThat(page.type()).isEqualTo("news");
		assertThat(page.keywords()).containsExactly("Zoom", "AI", "customer data", "terms of service", "generative AI");
		assertThat(page.themes()).containsExactly("artificial intelligence", "data privacy", "terms of service");
		assertThat(page.summary()).startsWith("Zoom's recent terms of service update allows")
			.endsWith("to improve AI services.");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(5);
		assertThat(page.findings(FindingKind.CONCERNS)).hasSize(6);
		assertThat(page.findings(FindingKind.BEHAVIORS)).hasSize(5);
		assertThat(page.findings(FindingKind.TECHNOLOGIES)).hasSize(3);
		assertThat(page.findings(FindingKind.ISSUES)).hasSize(5);
		assertThat(page.relatedIds()).isEmpty();
		assertThat(page.findings(FindingKind.SIGNALS).get(0)).isEqualTo(new ParsedFinding(
				"AI Training on Customer Data", "Zoom updates terms to allow AI training on service-generated data.",
				"Shift from traditional data usage to AI training using customer data.",
				"Broad acceptance of companies using customer data for AI training may redefine privacy norms.",
				"Increasing demand for AI capabilities in business software drives data usage changes.", 4));
		assertThat(page.findings(FindingKind.CONCERNS).get(4)).isEqualTo(new ParsedFinding("Legal Ramifications",
				"Increasing lawsuits in the AI sector regarding data usage can affect Zoom\u2019s legal standing and"
						+ " operational practices.",
				4));
		assertThat(page.findings(FindingKind.ISSUES).get(4).name()).isEqualTo("Lawsuits Against AI Companies");
		assertThat(page.findings(FindingKind.ISSUES).get(4).relevancy()).isEqualTo(3);

		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.severity()).isEqualTo(Severity.WARNING);
			assertThat(p.section()).isEqualTo("Concerns");
			assertThat(p.line()).isEqualTo(48);
			assertThat(p.message()).contains("Zoom\u00e2\u20ac\u2122s").contains("Zoom\u2019s");
		});
	}

	@Test
	void explodedKeywordAndThemeListsAreRebuilt() {
		ParseResult result = parseSample("002d4d9211952bdfe5bbac13ccf20947");
		ParsedPage page = result.page();

		assertThat(page.title())
			.isEqualTo("Unraveling the Mystery of a Hidden Telegraph Code in an Antique Silk Dress");
		assertThat(page.digestId()).isEqualTo("4320.0");
		assertThat(page.digestDate()).isNull();
		assertThat(page.digestUrl()).isEqualTo("https://kghosh.substack.com/p/4320.0");
		assertThat(page.keywords()).containsExactly("silk dress", "cryptogram", "coded messages", "telegraph",
				"Wayne Chan", "Sara Rivers-Cofield");
		assertThat(page.themes()).containsExactly("cryptography", "history", "dress", "weather", "decoding");
		assertThat(page.category()).isEqualTo("others");
		assertThat(page.type()).isEqualTo("blog post");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(5);
		assertThat(page.findings(FindingKind.SIGNALS).get(4).name()).isEqualTo("Historical Weather Communication");
		assertThat(page.findings(FindingKind.SIGNALS).get(3).relevancy()).isEqualTo(3);
		assertThat(page.findings(FindingKind.CONCERNS)).isEmpty();

		assertThat(result.warnings()).extracting(Problem::describe)
			.containsExactly(
					"line 1: the digest id \"4320.0\" is not a date (expected yyyyMMdd at its start);"
							+ " digest date left empty",
					"Keywords, line 9: the list was written one character per bullet; rebuilt as 6 keywords",
					"Themes, line 89: the list was written one character per bullet; rebuilt as 5 themes");
	}

	@Test
	void untitledOldFormPageWithoutExternalLink() {
		ParseResult result = parseSample("01dd20372573227317c7126faacfec9b");
		ParsedPage page = result.page();

		assertThat(page.title()).isNull();
		assertThat(page.digestId()).isEqualTo("20220824");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2022, 8, 24));
		assertThat(page.digestUrl()).isEqualTo("https://kghosh.substack.com/p/20220824");
		assertThat(page.externalUrl()).isNull();
		assertThat(page.category()).isNull();
		assertThat(page.type()).isNull();
		assertThat(page.keywords()).hasSize(10)
			.startsWith("subscription fatigue", "monthly charge")
			.endsWith("Cambridge Analytica scandal", "chip shortage");
		assertThat(page.themes()).containsExactly("Subscription economy", "Business models", "Technology");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(10);
		assertThat(page.findings(FindingKind.SIGNALS).get(1))
			.isEqualTo(new ParsedFinding("Backlash against \"free\" business model", null,
					"Shift from non-monetary remittance to monetary payment",
					"Consumers paying for products/services with money instead of data",
					"Increasing consumer awareness and desire for privacy", null));
		assertThat(page.relatedIds()).containsExactly("01dd20372573227317c7126faacfec9b",
				"9f6a82373421931ea7e960ae526ff457", "2a489a36a1fa238ae4e3d65423f52e92",
				"77a1e8adf276dbc84c60c1c7fd878db8");

		assertThat(result.warnings()).hasSize(2);
		assertThat(result.warnings().get(0).message()).contains("untitled")
			.contains("01dd20372573227317c7126faacfec9b");
		assertThat(result.warnings().get(0).line()).isEqualTo(1);
		assertThat(result.warnings().get(1).message()).contains("no external link");
	}

	@Test
	void futureDigestDateAndTechnologiesTableWithoutNameColumn() {
		ParseResult result = parseSample("001b195bbddec8fb0193b668a70aa883");
		ParsedPage page = result.page();

		assertThat(page.title()).isEqualTo("Benjamin Franklin's Humorous Essay on Flatulence: Fart Proudly");
		assertThat(page.digestId()).isEqualTo("20290911");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2029, 9, 11));
		assertThat(page.externalUrl()).isEqualTo("https://en.wikipedia.org/wiki/Fart_Proudly");
		assertThat(page.category()).isEqualTo("others");
		assertThat(page.type()).isEqualTo("blog post");
		assertThat(page.keywords()).containsExactly("Fart Proudly", "Benjamin Franklin", "Royal Academy", "flatulence",
				"humor", "essay");
		assertThat(page.themes()).containsExactly("flatulence humor", "Benjamin Franklin", "scientific inquiry",
				"academic satire");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(5);
		assertThat(page.findings(FindingKind.SIGNALS).get(3).description()).isEqualTo(
				"Franklin\u2019s proposal for scientific inquiry into flatulence indicates a blend of disciplines.");
		assertThat(page.findings(FindingKind.CONCERNS)).isEmpty();
		assertThat(page.findings(FindingKind.BEHAVIORS)).hasSize(5);
		assertThat(page.findings(FindingKind.ISSUES)).hasSize(5);
		assertThat(page.findings(FindingKind.ISSUES).get(2).relevancy()).isEqualTo(2);
		assertThat(page.findings(FindingKind.TECHNOLOGIES)).containsExactly(
				new ParsedFinding(null,
						"Researching the effects of various foods on the odor of flatulence and"
								+ " developing methods for testing.",
						3),
				new ParsedFinding(null, "Creating a drug to make flatulence inoffensive or pleasant, potentially"
						+ " impacting dietary sciences.", 4));

		assertThat(result.warnings()).extracting(Problem::section, Problem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, 1),
					org.assertj.core.groups.Tuple.tuple("Technologies", 54),
					org.assertj.core.groups.Tuple.tuple("Technologies", 54));
		assertThat(result.warnings().get(0).message()).contains("2029-09-11").contains("in the future");
		assertThat(result.warnings().get(1).message()).contains("unknown column \"src\"").contains("Technologies");
		assertThat(result.warnings().get(2).message()).contains("no name column");
	}

	@Test
	void oldSignalsTableWithNotApplicableCellsAndDuplicatedClosestLinks() {
		ParseResult result = parseSample("289d72624afd0bb868b1d4c7a26cf352");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.title()).isEqualTo("A Desolation Called Peace (Teixcalaan, #2)");
		assertThat(page.digestId()).isEqualTo("20221002");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2022, 10, 2));
		assertThat(page.externalUrl())
			.isEqualTo("https://www.goodreads.com/book/show/45046566-a-desolation-called-peace?from_choice=true");
		assertThat(page.category()).isNull();
		assertThat(page.keywords()).containsExactly("books", "voters", "Goodreads", "read", "Desolation Called Peace",
				"Teixcalaan", "book", "Arkady Martine", "alien armada", "diplomatic envoy");
		assertThat(page.themes()).containsExactly("books", "space opera", "science fiction");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(22);
		assertThat(page.findings(FindingKind.SIGNALS).get(0)).isEqualTo(
				new ParsedFinding("A Desolation Called Peace (Teixcalaan, #2)", null, "N/A", "N/A", "N/A", null));
		assertThat(page.findings(FindingKind.SIGNALS).get(2).name())
			.isEqualTo("Start by marking \u201cA Desolation Called Peace (Teixcalaan, #2)\u201d as Want to Read:");
		assertThat(page.findings(FindingKind.SIGNALS).get(3))
			.isEqualTo(new ParsedFinding("An alien armada lurks on the edges of"
					+ " Teixcalaanli space. No one can communicate with it, no one can destroy it, and Fleet Captain Nine"
					+ " Hibiscus is running out of options.", null, "Potential first contact with alien species",
					"Improved communication with alien species", "Desire for diplomacy", null));
		assertThat(page.findings(FindingKind.SIGNALS).get(21).name()).isEqualTo("2,204 reviews");
		assertThat(page.relatedIds()).containsExactly("a4764a556583ffec51fa91aa3564e777",
				"289d72624afd0bb868b1d4c7a26cf352", "68b115eb29e9ef169ba04736821c9a8f",
				"8ebb431ce8d949d5a1ecb52bbd42a69f", "aa2a288c3b4bf99252f35d3a30d17a82");
	}

	@Test
	void externalUrlWithParenthesesIsKeptWhole() {
		ParsedPage page = parseSample("a4764a556583ffec51fa91aa3564e777").page();

		assertThat(page.title()).isEqualTo("Blindsight: A Hard Science Fiction Novel");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2022, 7, 17));
		assertThat(page.externalUrl()).isEqualTo("https://en.wikipedia.org/wiki/Blindsight_(Watts_novel)");
		assertThat(page.themes()).containsExactly("Hard science fiction", "Exploration of consciousness",
				"Transhumanism");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(5);
		assertThat(page.findings(FindingKind.SIGNALS).get(4).drivingForce())
			.isEqualTo("Scientific curiosity and desire to understand the origins and future of humanity");
		assertThat(page.relatedIds()).containsExactly("68b115eb29e9ef169ba04736821c9a8f",
				"a4764a556583ffec51fa91aa3564e777", "ab18ee2e57a56da09f778c9640a935df",
				"1ab0b67f876bff9275b2dbb3a7f3442c");
	}

	@Test
	void quotedKeywordsAreUnquotedAndAccentsKept() {
		ParseResult result = parseSample("b6a211ec0e62731accbcdca13d23c0f8");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.title()).isEqualTo("Review: The Witcher: L'h\u00e9ritage du sang");
		assertThat(page.digestId()).isEqualTo("20230115");
		assertThat(page.externalUrl()).isEqualTo("https://www.imdb.com/title/tt12785720/");
		assertThat(page.keywords()).containsExactly("Witcher", "Lh\u00e9ritage du sang", "thousand years", "events",
				"seven outcasts", "Elven world", "join forces", "quest", "all-powerful empire", "episodes");
		assertThat(page.themes()).containsExactly("Fantasy", "Television series", "Critical reception");
		assertThat(page.findings(FindingKind.SIGNALS)).singleElement().satisfies(s -> {
			assertThat(s.name()).isEqualTo("Negative reviews of \"The Witcher: L'h\u00e9ritage du sang\"");
			assertThat(s.description()).isNull();
			assertThat(s.tenYear()).isEqualTo("Improved storytelling and higher quality content");
		});
		assertThat(page.relatedIds()).containsExactly("b6a211ec0e62731accbcdca13d23c0f8",
				"6e4c77b94dc98f1c752477e4840c37cb", "63868d73fd4f4dff913a3bc85d42fa6b",
				"adb7356f3711c023daf08fec38221395");
	}

	@Test
	void yearlyReviewDigestIdGivesItsDate() {
		ParseResult result = parseSample("00ad32cd528c6694bc92a7385743064c");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.digestId()).isEqualTo("20251231-a-yearly-review");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(page.digestUrl()).isEqualTo("https://kghosh.substack.com/p/20251231-a-yearly-review");
		assertThat(page.category()).isEqualTo("science");
		assertThat(page.type()).isEqualTo("research article");
		assertThat(page.themes()).containsExactly("nuclear technology", "cybersecurity", "international relations",
				"climate change", "energy security");
		assertThat(page.keywords()).hasSize(10).first().isEqualTo("cybersecurity");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(5);
		assertThat(page.findings(FindingKind.CONCERNS)).hasSize(11);
		assertThat(page.findings(FindingKind.BEHAVIORS)).hasSize(10);
		assertThat(page.findings(FindingKind.TECHNOLOGIES)).hasSize(9);
		assertThat(page.findings(FindingKind.ISSUES)).hasSize(10);
		assertThat(page.findings(FindingKind.CONCERNS).get(1))
			.isEqualTo(new ParsedFinding("Foreign State Cyber Threats",
					"Cyber-attacks from Russia and China are recognized as significant threats to the UK\u2019s nuclear"
							+ " infrastructure.",
					null));
		assertThat(page.findings(FindingKind.SIGNALS).get(2).relevancy()).isEqualTo(5);
	}

	@Test
	void digestIdWithLetterSuffixGivesItsDate() {
		ParseResult result = parseSample("00344fccd0922ea64c011f2e3e163153");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.title()).isEqualTo("Exploring the Overlooked Issue of Female Radicalization in Modern Society");
		assertThat(page.digestId()).isEqualTo("20250511d");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2025, 5, 11));
		assertThat(page.category()).isEqualTo("culture");
		assertThat(page.type()).isEqualTo("blog post");
		assertThat(page.keywords()).containsExactly("Euphoria", "Netflix", "Adolescence", "female radicalisation",
				"internet misogyny", "feminism");
		assertThat(page.themes()).containsExactly("female radicalisation", "internet culture", "misogyny",
				"gender roles", "feminism");
		assertThat(page.findings(FindingKind.SIGNALS)).extracting(ParsedFinding::relevancy)
			.containsExactly(5, 4, 5, 5, 4);
		assertThat(page.findings(FindingKind.CONCERNS)).hasSize(7).allSatisfy(c -> assertThat(c.relevancy()).isNull());
		assertThat(page.findings(FindingKind.BEHAVIORS)).hasSize(6);
		assertThat(page.findings(FindingKind.TECHNOLOGIES)).hasSize(5);
		assertThat(page.findings(FindingKind.ISSUES)).hasSize(7);
	}

	@Test
	void frenchAccentsAndTypographicApostrophesAreLeftAlone() {
		ParseResult result = parseSample("da98601c0f6c1c94ef66d98bc8806aca");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.title()).isEqualTo("Les Universit\u00e9s et l'Intelligence Artificielle : Vers une"
				+ " R\u00e9flexion Nuanc\u00e9e sur l'\u00c9ducation et l'\u00c9valuation");
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2026, 4, 19));
		assertThat(page.keywords()).containsExactly("IA", "politiques universitaires", "gouvernance", "cognition",
				"apprentissage", "\u00e9valuation");
		assertThat(page.themes()).containsExactly("universit\u00e9s", "intelligence artificielle", "\u00e9ducation",
				"\u00e9valuation acad\u00e9mique", "cognition distribu\u00e9e");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(6);
		assertThat(page.findings(FindingKind.SIGNALS).get(0).name()).isEqualTo("Dualit\u00e9 de l\u2019IA");
		assertThat(page.findings(FindingKind.SIGNALS).get(0).description())
			.isEqualTo("La tendance \u00e0 voir l\u2019IA comme un outil"
					+ " binaire avec ou sans int\u00e9gration dans les pratiques acad\u00e9miques.");
		assertThat(page.findings(FindingKind.TECHNOLOGIES)).hasSize(3);
		assertThat(page.externalUrl()).startsWith("https://mariedolle.substack.com/p/les-universites-face-a-lia?")
			.endsWith("&triedRedirect=true&utm_medium=email");
	}

	@Test
	void japaneseTextIsLeftAlone() {
		ParseResult result = parseSample("0a2e0bf6b4a53de0701f6204185f9e36");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.digestDate()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(page.category()).isEqualTo("food");
		assertThat(page.findings(FindingKind.CONCERNS)).hasSize(5);
		assertThat(page.findings(FindingKind.CONCERNS).get(2)).isEqualTo(new ParsedFinding("Taboo Offenses",
				"Serious violations of chopstick etiquette, like '\u5408\u308f\u305b\u7bb8' and '\u7acb\u3066\u7bb8',"
						+ " may be culturally offensive and trigger negative reactions.",
				null));
		assertThat(page.findings(FindingKind.TECHNOLOGIES)).singleElement()
			.extracting(ParsedFinding::name)
			.isEqualTo("Culinary Etiquette Technology");
	}

	@Test
	void oldFormPageWithSummaryFirstAndClosestSection() {
		ParseResult result = parseSample("002ee663c73c7add6ce2cabe29e4ae02");
		ParsedPage page = result.page();

		assertThat(result.problems()).isEmpty();
		assertThat(page.title()).isEqualTo("France Fines Microsoft \u20ac60m for Advertising Cookies");
		assertThat(page.externalUrl()).isEqualTo("https://www.rfi.fr/en/france/20221222-france-fines-microsoft"
				+ "-%E2%82%AC60m-for-imposing-advertising-cookies");
		assertThat(page.summary()).startsWith("France's data privacy regulator, CNIL, has fined Microsoft \u20ac60m");
		assertThat(page.findings(FindingKind.SIGNALS)).hasSize(4);
		assertThat(page.findings(FindingKind.SIGNALS).get(0).tenYear())
			.isEqualTo("Stricter enforcement of cookie laws");
		assertThat(page.relatedIds()).hasSize(8).doesNotHaveDuplicates();
	}

}
