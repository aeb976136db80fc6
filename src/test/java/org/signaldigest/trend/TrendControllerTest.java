package org.signaldigest.trend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.chart.MonthRange;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.taxonomy.EmergingTerms.EmergingTerm;
import org.signaldigest.taxonomy.EmergingTerms;
import org.signaldigest.taxonomy.Growth;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * /trends over HTTP: filters and sort bound, links, sparklines, emerging terms. The data
 * is tested on the database.
 */
@WebMvcTest(TrendController.class)
@Import(SecurityConfiguration.class)
class TrendControllerTest {

	private static final TrendRow ROW = new TrendRow(1, "Open-source chatbots rise", 12, 4, LocalDate.of(2023, 4, 2),
			LocalDate.of(2023, 6, 25), 4.26, new Growth(5, 1),
			MonthRange.of(LocalDate.of(2023, 4, 2), LocalDate.of(2023, 6, 25))
				.fill(Map.of(YearMonth.of(2023, 5), 2L, YearMonth.of(2023, 6), 1L), 0));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FilterTerms terms;

	@MockitoBean
	TrendQueries trends;

	@MockitoBean
	EmergingTerms emerging;

	@BeforeEach
	void resolveFilters() {
		TestFilters.resolveWithoutTerms(terms);
	}

	@Test
	void showsRecurringSignalsWithSparklinesAndEmergingTerms() throws Exception {
		given(trends.recurring(any(), any())).willReturn(new PageImpl<>(List.of(ROW), PageRequest.of(0, 50), 1));
		given(emerging.top(eq(TermKind.THEMES), any(), eq(TrendController.EMERGING)))
			.willReturn(List.of(new EmergingTerm("edge-ai", "edge AI", new Growth(7, 1))));

		mvc.perform(get("/trends"))
			.andExpect(status().isOk())
			.andExpect(view().name("trends/list"))
			.andExpect(content().string(containsString("<title>Trends · Signal Digest</title>")))
			.andExpect(content().string(containsString("1 recurring signal")))
			.andExpect(content().string(containsString("<td class=\"number\" data-label=\"Mean relevancy\">4.3</td>")))
			.andExpect(
					content().string(containsString("<td class=\"number\" title=\"5 in the last 12 weeks of the data,"
							+ " 1 in the 12 weeks before\"\n            data-label=\"Growth\">3.00</td>")))
			.andExpect(content().string(containsString("<title>Open-source chatbots rise: 3 mentions from Apr 2023 to"
					+ " Jun 2023, the most (2) in May 2023</title>")))
			.andExpect(content().string(containsString("href=\"/themes/edge-ai\">edge AI</a>")))
			.andExpect(content().string(containsString("7 lately, 1 before")))
			.andExpect(content().string(containsString("href=\"/trends?sort=growth,asc\"")))
			.andExpect(content().string(containsString("aria-sort=\"descending\" class=\"sorted\">\n"
					+ "  <a href=\"/trends?sort=mentions,asc\"><span>Mentions</span>")));
	}

	@Test
	void bindsTheFiltersAndSortsOnlyByItsColumns() throws Exception {
		given(trends.recurring(any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));
		ResolvedFilter filter = TestFilters.unresolved("theme=ai&from=2023-01-01");

		mvc.perform(get("/trends?theme=ai&from=2023-01-01&sort=lastSeen,desc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches these filters:")));
		verify(trends).recurring(filter, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("lastSeen"))));
		verify(emerging).top(TermKind.KEYWORDS, filter, TrendController.EMERGING);

		mvc.perform(get("/trends?sort=id"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sort: &quot;id&quot; is not a sortable column")));
	}

	@Test
	void aBadFilterIsA400AndQueriesNothing() throws Exception {
		mvc.perform(get("/trends?from=2024-01-01&to=2023-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from must not be after to")));
		verifyNoInteractions(trends, emerging);
	}

}
