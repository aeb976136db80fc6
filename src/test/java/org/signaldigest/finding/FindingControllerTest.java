package org.signaldigest.finding;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.InlineSvg;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SecurityConfiguration.class)
@WebMvcTest({ FindingController.class, FindingApiController.class, FindingCsvController.class })
class FindingControllerTest {

	private static final Facets NO_FACETS = Facets.none(FacetCounter.FACET_ROWS);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FilterTerms terms;

	@MockitoBean
	FindingQueries queries;

	@MockitoBean
	FacetQueries facets;

	private final FindingRow row = new FindingRow(1, "abc", "An article", "20240101", LocalDate.of(2024, 1, 1),
			"Open chatbots", "<b>bold</b> claim", "more", "everywhere", "curiosity", 4);

	@BeforeEach
	void resolveFilters() {
		TestFilters.resolveWithoutTerms(terms);
	}

	@Test
	void bindsEveryFilterAndDescribesTheViewInTheTitle() throws Exception {
		givenRows(1234);

		mvc.perform(get("/signals?minRelevancy=4&theme=data-privacy&theme=ai&keyword=zoom&category=technology"
				+ "&type=news&from=2023-01-01&to=2023-12-31&q=chatbot&relevancy=4&relevancy=5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<title>Signals with relevancy ≥ 4 with relevancy 4 and 5 — matching “chatbot”, theme: data-privacy and ai")))
			.andExpect(content().string(containsString("1,234 matching rows")));

		verify(queries).find(eq(FindingKind.SIGNALS), eq(TestFilters.unresolved(
				"q=chatbot&minRelevancy=4&relevancy=4&relevancy=5&theme=data-privacy&theme=ai&keyword=zoom&category=technology&type=news&from=2023-01-01&to=2023-12-31")),
				eq(PageRequest.of(0, 50)));
	}

	@Test
	void pagerAndSortHeadersKeepEveryFilter() throws Exception {
		givenRows(120);

		mvc.perform(get("/signals?minRelevancy=4&theme=ai&size=50"))
			.andExpect(content()
				.string(containsString("href=\"/signals?minRelevancy=4&amp;theme=ai&amp;size=50&amp;page=1\"")))
			.andExpect(content()
				.string(containsString("href=\"/signals?minRelevancy=4&amp;theme=ai&amp;size=50&amp;sort=name,asc\"")))
			.andExpect(content().string(containsString("href=\"/api/signals.csv?minRelevancy=4&amp;theme=ai\"")));
	}

	@Test
	void advertisesTheAtomFeedOfTheSameFiltersWithoutPagingOrSort() throws Exception {
		givenRows(120);

		mvc.perform(get("/signals?minRelevancy=4&theme=ai&sort=name,asc&page=1&size=20"))
			.andExpect(content().string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\""
					+ " title=\"Atom feed: Signals with relevancy ≥ 4 — theme: ai\""
					+ " href=\"/signals.atom?minRelevancy=4&amp;theme=ai\">")))
			.andExpect(content().string(containsString(
					"<a type=\"application/atom+xml\" href=\"/signals.atom?minRelevancy=4&amp;theme=ai\">Atom feed</a>")));
	}

	@Test
	void theSortedColumnSaysSoAndItsLinkReversesTheOrder() throws Exception {
		givenRows(3);

		mvc.perform(get("/concerns?sort=name,asc"))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("href=\"/concerns?sort=name,desc\"")));
		verify(queries).find(eq(FindingKind.CONCERNS), any(), eq(PageRequest.of(0, 50, Sort.by("name"))));
	}

	@Test
	void cellsAreEscapedAndSignalsShowTheirThreeExtraColumns() throws Exception {
		givenRows(1);

		mvc.perform(get("/signals"))
			.andExpect(content().string(containsString("&lt;b&gt;bold&lt;/b&gt; claim")))
			.andExpect(content().string(not(containsString("<b>bold</b>"))))
			.andExpect(content().string(containsString("everywhere")));
		mvc.perform(get("/issues")).andExpect(content().string(not(containsString("In 10 years"))));
	}

	@Test
	void anEmptyResultSaysWhichFiltersMatchedNothing() throws Exception {
		given(queries.find(any(), any(), any())).willReturn(CountedPage.exact(List.of(), PageRequest.of(0, 50), 0));
		given(facets.facets(any(), any(), anyInt())).willReturn(NO_FACETS);

		mvc.perform(get("/behaviors?theme=nothing-like-it"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nothing matches these filters"),
					containsString("Behaviors — theme: nothing-like-it"))));
	}

	@Test
	void badParametersAreA400PageThatSaysWhy() throws Exception {
		mvc.perform(get("/signals?minRelevancy=abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("minRelevancy: &quot;abc&quot; is not a valid value")));
		mvc.perform(get("/signals?minRelevancy=9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("minRelevancy: must be less than or equal to 5")));
		mvc.perform(get("/signals?sort=password,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sort: &quot;password&quot; is not a sortable column")));
		mvc.perform(get("/technologies?size=100000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("size: must be between 1 and 200")));
		mvc.perform(get("/signals?page=99999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("page: must be between 0 and 1000000")));
		mvc.perform(get("/signals?page=-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("page: must be between 0 and 1000000")));
		mvc.perform(get("/signals?size=0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("size: must be between 1 and 200")));
		mvc.perform(get("/signals").param("q", "a\u0000b"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("q: must not contain a NUL character")));
		mvc.perform(get("/signals?from=2024-02-01&to=2024-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from must not be after to")));
		verifyNoInteractions(queries);
	}

	@Test
	void theJsonExportTakesTheSameParameters() throws Exception {
		givenRows(1);

		mvc.perform(get("/api/signals?minRelevancy=4&sort=name,desc&size=10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].name").value("Open chatbots"))
			.andExpect(jsonPath("$.content[0].articleId").value("abc"))
			.andExpect(jsonPath("$.content[0].relevancy").value(4))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		verify(queries).find(eq(FindingKind.SIGNALS), eq(TestFilters.unresolved("minRelevancy=4")),
				eq(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("name")))));
		mvc.perform(get("/api/signals?minRelevancy=0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("minRelevancy: must be greater than or equal to 1"));
	}

	@Test
	void theCsvExportStreamsTheSameViewWithArticleColumnsAndQuoting() throws Exception {
		FindingRow quoted = new FindingRow(2, "def", "Title, with \"quotes\"", "4320.0", null, "Multi\nline", null,
				null, null, null, null);
		willAnswer(call -> {
			Consumer<FindingRow> consumer = call.getArgument(3);
			consumer.accept(row);
			consumer.accept(quoted);
			return null;
		}).given(queries).forEach(any(), any(), any(), any());

		mvc.perform(get("/api/signals.csv?theme=ai&sort=relevancy,desc"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"signals.csv\""))
			.andExpect(content().string("""
					articleId,articleTitle,digestId,digestDate,name,description,change,tenYear,drivingForce,relevancy\r
					abc,An article,20240101,2024-01-01,Open chatbots,<b>bold</b> claim,more,everywhere,curiosity,4\r
					def,"Title, with ""quotes\""",4320.0,,"Multi
					line",,,,,\r
					"""));
		verify(queries).forEach(eq(FindingKind.SIGNALS), eq(TestFilters.unresolved("theme=ai")),
				eq(Sort.by(Sort.Order.desc("relevancy"))), any());

		mvc.perform(get("/api/issues.csv?sort=secret"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("sort: \"secret\" is not a sortable column")));
	}

	@Test
	void theCsvExportWritesImportedFormulasAsText() throws Exception {
		FindingRow formulas = new FindingRow(3, "ghi", "=HYPERLINK(\"http://evil.example\",\"Click\")", "20240102",
				LocalDate.of(2024, 1, 2), "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rReturned", 5);
		willAnswer(call -> {
			Consumer<FindingRow> consumer = call.getArgument(3);
			consumer.accept(formulas);
			return null;
		}).given(queries).forEach(any(), any(), any(), any());

		String csv = mvc.perform(get("/api/signals.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(csv.split("\r\n")[1]).isEqualTo("ghi,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\","
				+ "20240102,2024-01-02,'+cmd|' /C calc'!A0,'-2+3,'@SUM(A1:A9),'\tTabbed,\"'\rReturned\",5");
	}

	@Test
	void aTotalThatIsOnlyALowerBoundSaysSoAndOffersNoLastPage() throws Exception {
		given(queries.find(any(), any(), any()))
			.willAnswer(call -> CountedPage.bounded(Collections.nCopies(51, row), call.getArgument(2), 1000, 1000));
		given(facets.facets(any(), any(), anyInt())).willReturn(NO_FACETS);

		mvc.perform(get("/signals").param("q", "data"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At least 1,000 matching rows")))
			.andExpect(content().string(containsString("Page 1 of at least 20")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(not(containsString(">Last</a>"))));

		mvc.perform(get("/api/signals").param("q", "data"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1000))
			.andExpect(jsonPath("$.page.totalExact").value(false));
	}

	@Test
	void linksKeepFiltersWithCharactersThatNeedEncodingAndSurviveAnEmptySort() throws Exception {
		givenRows(120);

		mvc.perform(get("/signals").param("q", "c++ & \"rust\"").param("sort", ","))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/signals?q=c%2B%2B%20%26%20%22rust%22&amp;sort=,&amp;page=1\"")));
	}

	@Test
	void theRelevancyChartDrawsTheFacetCountsAndLinksEachRelevancyWithRowsKeepingTheOtherFilters() throws Exception {
		given(queries.find(any(), any(), any()))
			.willAnswer(call -> CountedPage.exact(List.of(row), call.getArgument(2), 98));
		given(facets.facets(any(), any(), anyInt())).willReturn(new Facets(
				List.of(new Facets.Value("5", "5", 16), new Facets.Value("4", "4", 25), new Facets.Value("3", "3", 9),
						new Facets.Value(null, null, 48)),
				List.of(), List.of(), List.of(), List.of(), 98, FacetCounter.FACET_ROWS, FacetCounter.FACET_SIZE));

		String html = mvc.perform(get("/signals?relevancy=2&page=1").param("theme", "a&b"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		InlineSvg chart = InlineSvg.of(html).get(0);
		assertThat(chart.text("/svg/@role")).isEqualTo("group");
		assertThat(chart.text("/svg/@viewBox")).isEqualTo("0 0 320 150");
		assertThat(chart.text("/svg/@aria-labelledby")).isEqualTo("relevancy-chart-title relevancy-chart-desc");
		assertThat(chart.text("/svg/title")).isEqualTo("Rows by relevancy");
		assertThat(chart.text("/svg/desc")).isEqualTo("98 rows in all. 1: 0, 2: 0, 3: 9, 4: 25, 5: 16, none: 48");
		assertThat(chart.texts("//text[@class='label']")).endsWith("1", "2", "3", "4", "5", "none");
		assertThat(chart.texts("//text[@class='value']")).containsExactly("0", "0", "9", "25", "16", "48");
		assertThat(chart.texts("//a/@href")).containsExactly("/signals?relevancy=3&theme=a%26b",
				"/signals?relevancy=4&theme=a%26b", "/signals?relevancy=5&theme=a%26b");
		assertThat(chart.texts("//a/@aria-label")).containsExactly("3: 9 rows; show them", "4: 25 rows; show them",
				"5: 16 rows; show them");
		assertThat(chart.texts("//rect/@class")).containsExactly("bar bar-r1", "bar bar-r2", "bar bar-r3", "bar bar-r4",
				"bar bar-r5", "bar bar-rnone");
		assertThat(html).contains("<td>none</td><td class=\"number\">48</td>");
	}

	@Test
	void anEmptyTableHasNoChart() throws Exception {
		given(queries.find(any(), any(), any())).willReturn(CountedPage.exact(List.of(), PageRequest.of(0, 50), 0));
		given(facets.facets(any(), any(), anyInt())).willReturn(NO_FACETS);

		mvc.perform(get("/signals?theme=nothing-like-it"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<svg"))));
	}

	private void givenRows(int total) {
		given(queries.find(any(), any(), any()))
			.willAnswer(call -> CountedPage.exact(List.of(row), call.getArgument(2), total));
		given(facets.facets(any(), any(), anyInt())).willReturn(NO_FACETS);
	}

}
