package org.signaldigest.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.TestPage;
import org.signaldigest.importing.ImportService;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.signaldigest.TestPage.page;

/** The articles table's query and the CSV export on the real database. */
@DatabaseTest
@Import(ArticleCsvController.class)
@ExtendWith(EmptyDatabaseExtension.class)
class ArticleListQueriesTest {

	@Autowired
	FilterTerms terms;

	@Autowired
	ArticleListQueries queries;

	@Autowired
	ArticleCsvController csv;

	@Autowired
	ImportService imports;

	@Autowired
	ArticleFacetQueries facets;

	@BeforeEach
	void importPages() {
		TestPage.importAll(imports,
				page("chat").title("Open chatbots, \"free\" and fast")
					.digest("20230416")
					.keywords("Llama", "Meta")
					.themes("AI", "chatbot")
					.category("technology")
					.type("blog post")
					.summary("Chatbots answer questions.")
					.signal("one", 4)
					.signal("two", null),
				page("zama").title("Homomorphic encryption raises money")
					.digest("20240324")
					.keywords("Zama")
					.themes("AI", "privacy")
					.category("technology")
					.type("news")
					.summary("Encryption of data.")
					.signal("only", 3),
				page("menopause").title("The rise of menopause retreats")
					.digest("20230312")
					.keywords("Meta")
					.themes("health")
					.category("culture")
					.type("blog post")
					.summary("Retreats for women."),
				page("old").title("A code in a silk dress")
					.digest("4320.0")
					.themes("history")
					.category("others")
					.type("blog post")
					.summary("Telegraph code."));
	}

	@Test
	void everyFacetCountIsTheCountOfTheListItLeadsToAndAChosenCategoryLeavesTheOthersOnOffer() {
		Facets all = facets.facets(terms.resolve(Filter.NONE), FacetCounter.FACET_SIZE);

		assertThat(all.relevancy()).isEmpty();
		assertThat(all.themes()).extracting(Facets.Value::label, Facets.Value::count)
			.startsWith(tuple("AI", 2L))
			.contains(tuple("chatbot", 1L), tuple("health", 1L));
		assertThat(all.categories()).extracting(Facets.Value::value, Facets.Value::count)
			.containsExactly(tuple("technology", 2L), tuple("culture", 1L), tuple("others", 1L));
		for (String name : List.of("theme", "keyword", "category", "type")) {
			assertThat(all.values(name)).isNotEmpty()
				.allSatisfy(value -> assertThat(articles(Filter.NONE.with(name, value.value())).getTotalElements())
					.as("%s %s", name, value.value())
					.isEqualTo(value.count()));
		}

		Facets culture = facets.facets(terms.resolve(TestFilters.parse("category=culture")), FacetCounter.FACET_SIZE);
		assertThat(culture.categories()).as("counted as if no category were chosen").isEqualTo(all.categories());
		assertThat(culture.themes()).extracting(Facets.Value::value).containsExactly("health");
		assertThat(culture.types()).extracting(Facets.Value::value).containsExactly("blog post");

		Facets two = facets.facets(terms.resolve(Filter.NONE), 2);
		assertThat(two.themes()).as("two and one more: there are more").hasSize(3);
		assertThat(two.hasMore(two.themes())).isTrue();
		assertThat(all.hasMore(all.themes())).isFalse();
	}

	@Test
	void theArticlesWhoseDigestDateIsMissingOrAfterTheirImportAreListed() {
		SamplePages.importPage(imports, SamplePages.DATED_2029);

		assertThat(articles(TestFilters.parse("unconfirmedDate=true")).getContent()).extracting(ArticleRow::id)
			.containsExactly(SamplePages.DATED_2029, "old");
		assertThat(articles(TestFilters.parse("unconfirmedDate=true&category=others")).getContent())
			.extracting(ArticleRow::id)
			.containsExactly(SamplePages.DATED_2029, "old");
		assertThat(articles(TestFilters.parse("unconfirmedDate=true&theme=ai")).getContent()).isEmpty();
	}

	@Test
	void withoutFiltersListsNewestDigestFirstAndUndatedLast() {
		Page<ArticleRow> page = queries.find(terms.resolve(Filter.NONE), PageRequest.of(0, 50));

		assertThat(page.getContent()).extracting(ArticleRow::id).containsExactly("zama", "chat", "menopause", "old");
		assertThat(page.getTotalElements()).isEqualTo(4);
		assertThat(page.getContent().get(1)).isEqualTo(new ArticleRow("chat", "Open chatbots, \"free\" and fast",
				"20230416", LocalDate.of(2023, 4, 16), "https://example.org/chat", "technology", "blog post", 2));
		assertThat(page.getContent().get(3).digestDate()).isNull();
	}

	@Test
	void eachFilterNarrows() {
		assertThat(ids(filter("chatbot", null, null, null, null, null, null))).containsExactly("chat");
		assertThat(ids(filter("encryption", null, null, null, null, null, null))).containsExactly("zama");
		assertThat(ids(filter(null, List.of("ai"), null, null, null, null, null))).containsExactly("zama", "chat");
		assertThat(ids(filter(null, null, List.of("meta"), null, null, null, null))).containsExactly("chat",
				"menopause");
		assertThat(ids(filter(null, null, null, "technology", null, null, null))).containsExactly("zama", "chat");
		assertThat(ids(filter(null, null, null, null, "blog post", null, null))).containsExactly("chat", "menopause",
				"old");
		assertThat(ids(filter(null, null, null, null, null, LocalDate.of(2023, 4, 1), null))).containsExactly("zama",
				"chat");
		assertThat(ids(filter(null, null, null, null, null, null, LocalDate.of(2023, 4, 16)))).containsExactly("chat",
				"menopause");
	}

	@Test
	void filtersCombine() {
		assertThat(ids(filter(null, List.of("ai", "chatbot"), null, null, null, null, null))).containsExactly("chat");
		assertThat(ids(filter(null, List.of("ai"), List.of("meta"), null, null, null, null))).containsExactly("chat");
		assertThat(ids(filter(null, null, List.of("meta"), null, "blog post", LocalDate.of(2023, 3, 13), null)))
			.containsExactly("chat");
		assertThat(ids(filter(null, List.of("ai"), null, "technology", "news", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31))))
			.containsExactly("zama");
		assertThat(ids(filter("chatbot", List.of("privacy"), null, null, null, null, null))).isEmpty();
		assertThat(queries
			.find(terms.resolve(filter(null, List.of("ai"), null, null, null, null, null)), PageRequest.of(0, 1))
			.getTotalElements()).isEqualTo(2);
	}

	@Test
	void sortsByTheWhitelistedColumns() {
		assertThat(queries.find(terms.resolve(Filter.NONE), PageRequest.of(0, 50, Sort.by("title"))))
			.extracting(ArticleRow::id)
			.containsExactly("old", "zama", "chat", "menopause");
		assertThat(
				queries.find(terms.resolve(Filter.NONE), PageRequest.of(0, 50, Sort.by(Sort.Order.asc("digestDate")))))
			.extracting(ArticleRow::id)
			.containsExactly("menopause", "chat", "zama", "old");
		assertThat(queries.find(terms.resolve(Filter.NONE), PageRequest.of(0, 50, Sort.by("category", "type"))))
			.extracting(ArticleRow::id)
			.containsExactly("menopause", "old", "chat", "zama");
	}

	@Test
	void csvExportStreamsEveryMatchingRowQuoted() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		csv.csv(filter(null, null, null, "technology", null, null, null), Sort.unsorted(), response);

		assertThat(response.getContentType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"articles.csv\"");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("id,title,digestId,digestDate,externalUrl,category,type\r\n"
					+ "zama,Homomorphic encryption raises money,20240324,2024-03-24,https://example.org/zama,technology,news\r\n"
					+ "chat,\"Open chatbots, \"\"free\"\" and fast\",20230416,2023-04-16,https://example.org/chat,technology,blog post\r\n");
	}

	@Test
	void csvExportHasAllRowsNotOnePage() throws Exception {
		List<TestPage> more = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			more.add(page("extra-" + i).digest("20250101").themes("bulk"));
		}
		TestPage.importAll(imports, more.toArray(TestPage[]::new));
		MockHttpServletResponse response = new MockHttpServletResponse();

		csv.csv(Filter.NONE, Sort.by("title"), response);

		String[] lines = response.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(1 + 64);
		assertThat(lines[1]).startsWith("old,A code in a silk dress,4320.0,,https://example.org/old,others,");
	}

	private List<String> ids(Filter filter) {
		return queries.find(terms.resolve(filter), PageRequest.of(0, 50)).map(ArticleRow::id).getContent();
	}

	private static Filter filter(String q, List<String> themes, List<String> keywords, String category, String type,
			LocalDate from, LocalDate to) {
		return Filter.NONE.with("q", q)
			.with("theme", themes)
			.with("keyword", keywords)
			.with("category", category)
			.with("type", type)
			.with("from", from)
			.with("to", to);
	}

	private Page<ArticleRow> articles(Filter filter) {
		return queries.find(terms.resolve(filter), PageRequest.of(0, 200));
	}

}
