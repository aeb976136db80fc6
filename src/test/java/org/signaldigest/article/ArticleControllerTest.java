package org.signaldigest.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.article.ArticlePage.Related;
import org.signaldigest.article.ArticlePage.Row;
import org.signaldigest.article.ArticlePage.Table;
import org.signaldigest.article.ArticlePage.Term;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.trend.SimilarSignals.SimilarSignal;
import org.signaldigest.trend.SimilarSignals;
import org.signaldigest.web.SafeMarkdown;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The articles table and article page over HTTP: binding, errors, links, escaping. */
@WebMvcTest(ArticleController.class)
@Import({ SecurityConfiguration.class, SafeMarkdown.class })
class ArticleControllerTest {

	private static final LocalDate IMPORTED_ON = LocalDate.of(2026, 12, 8);

	private static final ArticleRow ROW = new ArticleRow("abc", "A title", "20230416", LocalDate.of(2023, 4, 16),
			"https://example.org", "technology", "blog post", 5);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FilterTerms terms;

	@MockitoBean
	ArticleListQueries list;

	@MockitoBean
	ArticlePageQueries pages;

	@MockitoBean
	SimilarSignals similar;

	@MockitoBean
	ArticleFacetQueries facets;

	@BeforeEach
	void resolveFilters() {
		TestFilters.resolveWithoutTerms(terms);
		given(facets.facets(any(), anyInt())).willReturn(Facets.none(FacetCounter.FACET_ROWS));
	}

	@Test
	void bindsEveryFilterAndTheSort() throws Exception {
		ResolvedFilter filter = TestFilters.unresolved(
				"q=open%20chatbots&theme=ai&theme=chatbot&keyword=meta&category=technology&type=blog%20post&from=2023-01-01&to=2023-12-31");
		Pageable pageable = PageRequest.of(1, 20, Sort.by(Sort.Order.desc("category")));
		given(list.find(filter, pageable)).willReturn(CountedPage.exact(List.of(ROW), pageable, 21));

		mvc.perform(get("/articles").param("q", "open chatbots")
			.param("theme", "ai", "chatbot")
			.param("keyword", "meta")
			.param("category", "technology")
			.param("type", "blog post")
			.param("from", "2023-01-01")
			.param("to", "2023-12-31")
			.param("sort", "category,desc")
			.param("page", "1")
			.param("size", "20"))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/list"))
			.andExpect(model().attribute("filter", filter.filter()))
			.andExpect(content().string(containsString("<h1>Articles — matching “open chatbots”, theme: ai and chatbot,"
					+ " keyword: meta, category: technology, type: blog post, from 2023-01-01, to 2023-12-31</h1>")))
			.andExpect(content().string(containsString("21 matching articles")))
			.andExpect(content().string(containsString("<a href=\"/articles/abc\">A title</a>")))
			.andExpect(content().string(containsString("<time datetime=\"2023-04-16\">16 Apr 2023</time>")));
	}

	@Test
	void pagingExportAndFeedLinksKeepTheFilters() throws Exception {
		Pageable pageable = PageRequest.of(0, 1);
		given(list.find(any(), any())).willReturn(CountedPage.exact(List.of(ROW), pageable, 3));

		mvc.perform(get("/articles?theme=ai&page=0&size=1"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("href=\"/articles?theme=ai&amp;page=1&amp;size=1\" rel=\"next\"")))
			.andExpect(content().string(containsString("href=\"/api/articles.csv?theme=ai\"")))
			.andExpect(content().string(containsString("href=\"/api/articles?theme=ai\"")))
			.andExpect(content().string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\""
					+ " title=\"Atom feed: Articles — theme: ai\" href=\"/articles.atom?theme=ai\">")))
			.andExpect(content().string(
					containsString("<a type=\"application/atom+xml\" href=\"/articles.atom?theme=ai\">Atom feed</a>")));
	}

	@Test
	void badParametersAreA400PageThatSaysWhy() throws Exception {
		mvc.perform(get("/articles?from=notadate"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("from: &quot;notadate&quot; is not a valid value")));
		mvc.perform(get("/articles?sort=password,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sort: &quot;password&quot; is not a sortable column")));
		mvc.perform(get("/articles?size=100000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("size: must be between 1 and 200")));
		mvc.perform(get("/articles?from=2024-01-01&to=2023-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from must not be after to")));
		verifyNoInteractions(list);
	}

	@Test
	void anEmptyResultNamesTheFilters() throws Exception {
		given(list.find(any(), any())).willReturn(CountedPage.exact(List.of(), PageRequest.of(0, 50), 0));

		mvc.perform(get("/articles?category=poetry"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches these filters:")))
			.andExpect(content().string(containsString("<strong>Articles — category: poetry</strong>")));
	}

	@Test
	void anUnknownArticleIsA404Page() throws Exception {
		given(pages.byId("nope")).willReturn(Optional.empty());

		mvc.perform(get("/articles/nope"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("No article has the id &quot;nope&quot;")));
	}

	@Test
	void showsAnArticleWithItsSummaryEscaped() throws Exception {
		given(pages.byId("4320.0-page")).willReturn(Optional
			.of(page("Hello <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))")));

		mvc.perform(get("/articles/4320.0-page"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<script>alert")), not(containsString("<img src=x")),
					not(containsString("javascript:")))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("<title>A &lt;b&gt;title · Signal Digest</title>")))
			.andExpect(content().string(containsString("href=\"https://example.org/a\" rel=\"noopener noreferrer\"")))
			.andExpect(content().string(containsString("href=\"/digests/4320.0\"")))
			.andExpect(content().string(containsString("href=\"/themes/ai\">AI</a>")))
			.andExpect(content().string(containsString("href=\"/keywords/llama\">Llama</a>")))
			.andExpect(content().string(containsString("<a href=\"/articles/rel1\">Related one</a>")))
			.andExpect(content().string(containsString("1 more related page is not imported here.")))
			.andExpect(content().string(not(containsString("missing-page"))))
			.andExpect(content().string(containsString("<details class=\"warnings\">")))
			.andExpect(content().string(containsString("Keywords, line 9: exploded")))
			.andExpect(content().string(containsString("In ten years")));
	}

	@Test
	void underASignalItsSimilarSignalsLinkToTheirArticles() throws Exception {
		given(pages.byId("4320.0-page")).willReturn(Optional.of(page("Plain")));
		given(similar.forArticle("4320.0-page"))
			.willReturn(Map.of("S1", List.of(new SimilarSignal("S one", "other", "Other <article>", 0.8))));

		mvc.perform(get("/articles/4320.0-page"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Similar signals elsewhere:")))
			.andExpect(content()
				.string(containsString("href=\"/articles/other\" title=\"Other &lt;article&gt;\">S one</a>")));
	}

	@Test
	void aDigestDateAfterTheImportIsFlaggedAndLeadsToTheListOfSuch() throws Exception {
		given(pages.byId("4320.0-page")).willReturn(Optional.of(page("Plain", "20290911", LocalDate.of(2029, 9, 11))));

		mvc.perform(get("/articles/4320.0-page"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<time datetime=\"2029-09-11\">11 Sep 2029</time>")))
			.andExpect(content().string(containsString("<a href=\"/articles?unconfirmedDate=true\">Digest date"
					+ " unconfirmed: it is after the import of the article, on 8 Dec 2026</a>")));

		given(pages.byId("4320.0-page")).willReturn(Optional.of(page("Plain", "20261208", IMPORTED_ON)));
		mvc.perform(get("/articles/4320.0-page"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("unconfirmedDate"))));

		given(pages.byId("4320.0-page")).willReturn(Optional.of(page("Plain")));
		mvc.perform(get("/articles/4320.0-page"))
			.andExpect(content().string(containsString("No digest date: its digest id is not a date")));
	}

	@Test
	void theListHasFacetsItsFormChoosesCategoriesAndTypesWithCountsAndChipsNameTheTerms() throws Exception {
		given(terms.resolve(any())).willAnswer(call -> new ResolvedFilter(call.getArgument(0),
				Map.of(TermKind.THEMES, Map.of("data-privacy", new ResolvedFilter.Term(3, "Data privacy")))));
		given(list.find(any(), any())).willReturn(CountedPage.exact(List.of(ROW), PageRequest.of(0, 50), 1));
		given(facets.facets(any(), anyInt()))
			.willReturn(new Facets(List.of(), List.of(new Facets.Value("data-privacy", "Data privacy", 1)), List.of(),
					List.of(new Facets.Value("technology", "technology", 1234),
							new Facets.Value("science", "science", 7)),
					List.of(new Facets.Value("blog post", "blog post", 1)), 1, FacetCounter.FACET_ROWS,
					FacetCounter.FACET_SIZE));

		mvc.perform(get("/articles?theme=data-privacy&category=technology&hide=type"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<h1>Articles — theme: Data privacy, category: technology</h1>")))
			.andExpect(content().string(containsString("<span>theme: Data privacy</span>")))
			.andExpect(content().string(containsString("<select id=\"f-category\" name=\"category\">")))
			.andExpect(content().string(containsString(
					"<option value=\"technology\" selected=\"selected\">technology" + " (1,234)</option>")))
			.andExpect(content().string(containsString("<option value=\"science\">science (7)</option>")))
			.andExpect(content().string(containsString("<h2>Themes</h2>")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"hide\" value=\"type\">")))
			.andExpect(content().string(not(containsString("data-label=\"Type\""))))
			.andExpect(content().string(containsString("data-label=\"Category\"")));
		verify(facets).facets(any(), eq(FacetCounter.FACET_SIZE));

		mvc.perform(get("/articles?hide=title"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("hide: &quot;title&quot; is not a column this table can hide")));
		mvc.perform(get("/articles?facetSize=0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("facetSize: must be between 1 and 100")));
		mvc.perform(get("/articles?unconfirmedDate=false"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be true or absent")));
	}

	@Test
	void anArticleWithoutWarningsHasNoWarningsBox() throws Exception {
		given(pages.byId("p")).willReturn(Optional.of(new ArticlePage("p", null, null, null, IMPORTED_ON, null, null,
				null, null, "Plain", List.of(), List.of(), List.of(), List.of(), List.of())));

		mvc.perform(get("/articles/p"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>p</h1>")))
			.andExpect(content().string(not(containsString("class=\"warnings\""))));
	}

	private static ArticlePage page(String summary) {
		return page(summary, "4320.0", null);
	}

	private static ArticlePage page(String summary, String digestId, LocalDate digestDate) {
		return new ArticlePage("4320.0-page", "A <b>title", digestId, digestDate, IMPORTED_ON, null,
				"https://example.org/a", "technology", "blog post", summary, List.of(new Term("llama", "Llama")),
				List.of(new Term("ai", "AI")),
				List.of(new Table("signals", true, List.of(new Row(0, "S1", "d", "c", "In ten years", "force", 5)))),
				List.of(new Related("rel1", "Related one", true), new Related("missing-page", null, false)),
				List.of("Keywords, line 9: exploded"));
	}

}
