package org.signaldigest.taxonomy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.signaldigest.InlineSvg;
import org.signaldigest.chart.MonthRange;
import org.signaldigest.kind.TermKind;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The keyword and theme pages over HTTP: parameters, links, errors. The data is tested on
 * the database.
 */
@WebMvcTest(TermController.class)
@Import(SecurityConfiguration.class)
class TermControllerTest {

	private static final Term PRIVACY = new Term(7, "data-privacy", "data privacy", 2);

	private static final MonthRange JANUARY_TO_MARCH = new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 3));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TermQueries queries;

	@MockitoBean
	ActivityQueries activity;

	@MockitoBean
	EmergingTerms emerging;

	@Test
	void listsTermsWithTheirCountsMostUsedFirstByDefault() throws Exception {
		given(queries.list(eq(TermKind.THEMES), eq(TermPrefix.NONE), any())).willReturn(
				new PageImpl<>(List.of(new TermCount("data-privacy", "data privacy", 2)), PageRequest.of(0, 100), 1));

		given(emerging.slugs(TermKind.THEMES)).willReturn(Set.of("data-privacy"));

		mvc.perform(get("/themes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"emerging\">emerging</span></td>")))
			.andExpect(view().name("taxonomy/list"))
			.andExpect(content().string(containsString("<title>Themes · Signal Digest</title>")))
			.andExpect(content().string(containsString("href=\"/themes/data-privacy\">data privacy</a>")))
			.andExpect(content().string(containsString("<td class=\"number\">2</td>")))
			.andExpect(content().string(containsString("href=\"/themes?prefix=d\">D</a>")));
		verify(queries).list(TermKind.THEMES, TermPrefix.NONE, PageRequest.of(0, 100));
	}

	@Test
	void sortsOnlyByNameOrCount() throws Exception {
		given(queries.list(any(), any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 100), 0));

		mvc.perform(get("/keywords?sort=name,desc")).andExpect(status().isOk());
		verify(queries).list(TermKind.KEYWORDS, TermPrefix.NONE, PageRequest.of(0, 100, Sort.by("name").descending()));

		mvc.perform(get("/keywords?sort=slug;drop table keyword"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString(
					"sort: &quot;slug;drop table keyword&quot; is not a sortable column (use name, count)")));
		mvc.perform(get("/keywords?size=201"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("size: must be between 1 and 200")));
	}

	@Test
	void pagingAndSortingLinksKeepThePrefix() throws Exception {
		given(queries.list(eq(TermKind.KEYWORDS), eq(new TermPrefix("da")), any()))
			.willReturn(new PageImpl<>(List.of(new TermCount("data", "data", 3), new TermCount("dall-e", "DALL-E", 2)),
					PageRequest.of(0, 2), 5));

		mvc.perform(get("/keywords?prefix=da&size=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Keywords starting with “da” · Signal Digest</title>")))
			.andExpect(
					content().string(containsString("href=\"/keywords?prefix=da&amp;size=2&amp;page=1\" rel=\"next\"")))
			.andExpect(content().string(containsString("href=\"/keywords?prefix=da&amp;size=2&amp;sort=count,asc\"")))
			.andExpect(content().string(containsString("value=\"da\"")));
	}

	@Test
	void aTooLongPrefixIsA400() throws Exception {
		mvc.perform(get("/themes?prefix=" + "a".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("prefix: size must be between 0 and 100")));
		verifyNoInteractions(queries);
	}

	@Test
	void showsATermWithItsArticlesSignalsAndNeighbours() throws Exception {
		given(queries.find(TermKind.THEMES, "data-privacy")).willReturn(Optional.of(PRIVACY));
		given(queries.articles(eq(TermKind.THEMES), eq(PRIVACY), any()))
			.willReturn(new PageImpl<>(List.of(new TermArticle("27739562162", "Zama <secures> $73M", "20240324",
					LocalDate.of(2024, 3, 24), "technology")), PageRequest.of(0, 1), 3));
		given(queries.topSignals(TermKind.THEMES, PRIVACY))
			.willReturn(List.of(new TermSignal("Privacy-first AI", 5, "27739562162", "Zama")));
		given(queries.coOccurring(TermKind.THEMES, PRIVACY))
			.willReturn(List.of(new TermCount("artificial-intelligence", "artificial intelligence", 2)));

		mvc.perform(get("/themes/data-privacy?size=1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Theme: data privacy · Signal Digest</title>")))
			.andExpect(content().string(containsString("<h1>Theme: data privacy</h1>")))
			.andExpect(content().string(containsString("href=\"/articles/27739562162\">Zama &lt;secures&gt; $73M</a>")))
			.andExpect(content().string(containsString("<time datetime=\"2024-03-24\">24 Mar 2024</time>")))
			.andExpect(content().string(containsString("Privacy-first AI")))
			.andExpect(content().string(containsString("badge badge-5")))
			.andExpect(content().string(containsString("href=\"/themes/artificial-intelligence\"")))
			.andExpect(content().string(containsString("href=\"/signals?theme=data-privacy\"")))
			.andExpect(content().string(containsString("href=\"/themes/data-privacy?size=1&amp;page=1\"")))
			.andExpect(content().string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\""
					+ " title=\"Atom feed: Theme: data privacy\" href=\"/themes/data-privacy.atom\">")))
			.andExpect(content().string(containsString(
					"<a type=\"application/atom+xml\" href=\"/themes/data-privacy.atom\">Atom feed</a>")));
		verify(queries).articles(TermKind.THEMES, PRIVACY, PageRequest.of(0, 1));
	}

	@Test
	void theFeedOfATermWithLettersOfAnyScriptIsEncoded() throws Exception {
		Term term = new Term(8, "données", "Données", 0);
		given(queries.find(TermKind.KEYWORDS, "données")).willReturn(Optional.of(term));
		given(queries.articles(any(), any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));

		mvc.perform(get("/keywords/données"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/keywords/donn%C3%A9es.atom\"")));
	}

	@Test
	void eachListedTermHasASparklineOfItsMonthsReadInOneQueryForThemAll() throws Exception {
		given(queries.list(eq(TermKind.THEMES), eq(TermPrefix.NONE), any())).willReturn(new PageImpl<>(
				List.of(new TermCount("data-privacy", "data privacy", 3), new TermCount("x", "<script>x</script>", 1)),
				PageRequest.of(0, 100), 2));
		given(activity.range()).willReturn(Optional.of(JANUARY_TO_MARCH));
		given(activity.articles(JANUARY_TO_MARCH, TermKind.THEMES, List.of("data-privacy", "x"))).willReturn(Map.of(
				"data-privacy", JANUARY_TO_MARCH.fill(Map.of(YearMonth.of(2024, 2), 2L, YearMonth.of(2024, 3), 1L), 0),
				"x", JANUARY_TO_MARCH.fill(Map.of(YearMonth.of(2024, 1), 1L), 0)));

		String html = mvc.perform(get("/themes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"col\">Per month</th>")))
			.andExpect(content().string(not(containsString("<script>x"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<InlineSvg> sparklines = InlineSvg.of(html);
		assertThat(sparklines).hasSize(2);
		assertThat(sparklines.get(0).text("/svg/title"))
			.isEqualTo("data privacy: 3 articles from Jan 2024 to Mar 2024, the most (2) in Feb 2024");
		assertThat(sparklines.get(0).text("/svg/path[@class='line']/@d")).isEqualTo("M3.0 25.0 L60.0 4.0 L117.0 14.5");
		assertThat(sparklines.get(1).text("/svg/title"))
			.isEqualTo("<script>x</script>: 1 article from Jan 2024 to Mar 2024, the most (1) in Jan 2024");
		verify(activity).articles(JANUARY_TO_MARCH, TermKind.THEMES, List.of("data-privacy", "x"));
		verify(activity, never()).articles(any(), any(), anyLong());
	}

	@Test
	void aTermsPageChartsItsArticlesPerMonthWithTheNumbersAsATable() throws Exception {
		given(queries.find(TermKind.KEYWORDS, "data-privacy")).willReturn(Optional.of(PRIVACY));
		given(queries.articles(any(), any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));
		given(activity.range()).willReturn(Optional.of(JANUARY_TO_MARCH));
		given(activity.articles(JANUARY_TO_MARCH, TermKind.KEYWORDS, PRIVACY.id()))
			.willReturn(JANUARY_TO_MARCH.fill(Map.of(YearMonth.of(2024, 1), 1L, YearMonth.of(2024, 3), 4L), 1));

		String html = mvc.perform(get("/keywords/data-privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2 id=\"term-months\">Articles per month</h2>")))
			.andExpect(content().string(containsString("<td>Feb 2024</td><td class=\"number\">0</td>")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		InlineSvg chart = InlineSvg.of(html).get(0);
		assertThat(chart.text("/svg/@aria-labelledby")).isEqualTo("term-months-chart-title term-months-chart-desc");
		assertThat(chart.text("/svg/title")).isEqualTo("Articles per month");
		assertThat(chart.text("/svg/desc")).isEqualTo(
				"5 articles by digest month, from Jan 2024 to Mar 2024; the most, 4, in Mar 2024. 1 more has no digest date, or an unconfirmed one.");
		assertThat(chart.texts("//rect[@class='column']/title")).containsExactly("Jan 2024: 1", "Mar 2024: 4");
		assertThat(chart.texts("//g[@class='axis months']/text")).containsExactly("Jan 2024", "Feb 2024", "Mar 2024");
		assertThat(chart.texts("//g[@class='axis values']/text")).containsExactly("0", "1", "2", "3", "4");
	}

	@Test
	void withoutADatedArticleThereIsNoChart() throws Exception {
		given(queries.find(TermKind.THEMES, "data-privacy")).willReturn(Optional.of(PRIVACY));
		given(queries.articles(any(), any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));
		given(activity.range()).willReturn(Optional.empty());

		mvc.perform(get("/themes/data-privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<svg"))));
	}

	@Test
	void anUnknownSlugIsA404Page() throws Exception {
		given(queries.find(any(), any())).willReturn(Optional.empty());

		mvc.perform(get("/keywords/no-such-keyword"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("No keyword has the slug &quot;no-such-keyword&quot;")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void aTermsArticlesCannotBeSortedOtherwise() throws Exception {
		given(queries.find(TermKind.KEYWORDS, "ai")).willReturn(Optional.of(PRIVACY));

		mvc.perform(get("/keywords/ai?sort=title"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sort: &quot;title&quot; is not a sortable column")));
		verify(queries, org.mockito.Mockito.never()).articles(any(), any(), any(Pageable.class));
	}

}
