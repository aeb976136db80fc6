package org.signaldigest.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP side of the article API: parameters, page shape, errors. The data itself is
 * tested on the database.
 */
@Import(SecurityConfiguration.class)
@WebMvcTest(ArticleApiController.class)
class ArticleApiControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FilterTerms terms;

	@MockitoBean
	ArticleQueries queries;

	@MockitoBean
	ArticleListQueries list;

	@BeforeEach
	void resolveFilters() {
		TestFilters.resolveWithoutTerms(terms);
	}

	@Test
	void listsAPageWithItsMetadata() throws Exception {
		ArticleRow row = new ArticleRow("abc", "A title", "20250824d", LocalDate.of(2025, 8, 24), "https://example.org",
				"technology", "news", 3);
		given(list.find(ResolvedFilter.NONE, PageRequest.of(2, 1)))
			.willReturn(CountedPage.exact(List.of(row), PageRequest.of(2, 1), 7));

		mvc.perform(get("/api/articles?page=2&size=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value("abc"))
			.andExpect(jsonPath("$.content[0].digestId").value("20250824d"))
			.andExpect(jsonPath("$.content[0].digestDate").value("2025-08-24"))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.number").value(2))
			.andExpect(jsonPath("$.page.totalElements").value(7))
			.andExpect(jsonPath("$.page.totalPages").value(7))
			.andExpect(jsonPath("$.content[0].signals").doesNotExist())
			.andExpect(jsonPath("$.content[0].length()").value(7));
	}

	@Test
	void takesTheFiltersAndSortOfTheArticlesPage() throws Exception {
		ResolvedFilter filter = TestFilters.unresolved(
				"q=chatbot&theme=ai&keyword=llama&keyword=meta&category=technology&type=blog%20post&from=2023-01-01&to=2023-12-31");
		PageRequest pageable = PageRequest.of(0, 50, Sort.by("title"));
		given(list.find(filter, pageable)).willReturn(CountedPage.exact(List.of(), pageable, 0));

		mvc.perform(get("/api/articles?q=chatbot&theme=ai&keyword=llama&keyword=meta&category=technology"
				+ "&type=blog post&from=2023-01-01&to=2023-12-31&sort=title"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void badFiltersAndSortsAreA400ThatSaysWhy() throws Exception {
		mvc.perform(get("/api/articles?from=notadate"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("from: \"notadate\" is not a valid value"));
		mvc.perform(get("/api/articles?sort=password,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.startsWith("sort: \"password\" is not a sortable column")));
		verifyNoInteractions(list);
	}

	@Test
	void badPagingParametersAreA400ThatSaysWhy() throws Exception {
		mvc.perform(get("/api/articles?size=100000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("size: must be between 1 and 200"));
		mvc.perform(get("/api/articles?page=abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("page: \"abc\" is not a valid value"));
		mvc.perform(get("/api/articles?page=-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("page: must be between 0 and 1000000"));
		verifyNoInteractions(queries, list);
	}

	@Test
	void anUnknownArticleIsA404InJson() throws Exception {
		given(queries.byId(any())).willReturn(Optional.empty());

		mvc.perform(get("/api/articles/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No article has the id \"no-such-page\""));
	}

}
