package org.signaldigest.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The search page over HTTP: the empty form, grouped results, escaping, too long a query.
 */
@WebMvcTest(SearchController.class)
@Import(SecurityConfiguration.class)
class SearchControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchQueries queries;

	@Test
	void withoutAQueryShowsOnlyTheLabelledForm() throws Exception {
		for (String q : new String[] { null, "", "  " }) {
			mvc.perform(q == null ? get("/search") : get("/search").param("q", q))
				.andExpect(status().isOk())
				.andExpect(view().name("search/results"))
				.andExpect(content().string(containsString("<title>Search · Signal Digest</title>")))
				.andExpect(content().string(containsString("<label for=\"search-q\">Search everything</label>")))
				.andExpect(content().string(containsString("id=\"search-q\" name=\"q\"")))
				.andExpect(content().string(not(containsString("Nothing matches"))));
		}
		verifyNoInteractions(queries);
	}

	@Test
	void showsEachKindWithItsTotalAndALinkToAllOfThem() throws Exception {
		given(queries.search("open chatbot")).willReturn(groups(
				SearchGroup.articles(1,
						List.of(new SearchHit("27203920581", "Introducing Vicuna", "Introducing <mark>Vicuna</mark>",
								"an open-source <mark>chatbot</mark>", LocalDate.of(2023, 4, 16), null, null))),
				new SearchGroup(FindingKind.SIGNALS, 23, List.of(new SearchHit("27203920581", "Introducing Vicuna",
						"Emergence of Open-Source <mark>Chatbots</mark>", "", LocalDate.of(2023, 4, 16), 4, 2)))));

		mvc.perform(get("/search?q=open chatbot"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Search: open chatbot · Signal Digest</title>")))
			.andExpect(content().string(containsString("value=\"open chatbot\"")))
			.andExpect(content().string(containsString("<span class=\"count\">(23)</span>")))
			.andExpect(content().string(containsString("href=\"/signals?q=open%20chatbot\">See all 23 in Signals</a>")))
			.andExpect(
					content().string(containsString("href=\"/articles?q=open%20chatbot\">See all 1 in Articles</a>")))
			.andExpect(content().string(containsString(
					"href=\"/articles/27203920581#signals-2\">Emergence of Open-Source <mark>Chatbots</mark></a>")))
			.andExpect(content()
				.string(containsString("href=\"/articles/27203920581\">Introducing <mark>Vicuna</mark></a>")))
			.andExpect(content().string(containsString("<cite>Introducing Vicuna</cite>")))
			.andExpect(content().string(containsString("class=\"badge badge-4\"")))
			.andExpect(content()
				.string(containsString("<time class=\"hit-date\" datetime=\"2023-04-16\">16 Apr 2023</time>")))
			.andExpect(content().string(not(containsString("id=\"group-concerns\""))));
		verify(queries).search("open chatbot");
	}

	@Test
	void storedMarkupIsShownEscapedAndOnlyTheMarksAreHtml() throws Exception {
		String stored = "Chatbots <script>alert('x')</script> & more";
		String headline = Highlights.START + "Chatbots" + Highlights.STOP + " <script>alert('x')</script> & more";
		given(queries.search("chatbots"))
			.willReturn(groups(new SearchGroup(FindingKind.CONCERNS, 1, List.of(new SearchHit("p1", stored,
					Highlights.toHtml(headline), Highlights.toHtml(headline), null, null, 0)))));

		mvc.perform(get("/search?q=chatbots"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("<mark>Chatbots</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")))
			.andExpect(content().string(
					containsString("<cite>Chatbots &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</cite>")))
			.andExpect(content().string(not(containsString("<script"))));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		given(queries.search("zzz")).willReturn(groups());

		mvc.perform(get("/search?q=zzz"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches “zzz”.")));
	}

	@Test
	void aQueryOver200CharactersIsA400Page() throws Exception {
		mvc.perform(get("/search?q=" + "a".repeat(200))).andExpect(status().isOk());
		mvc.perform(get("/search?q=" + "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("q: size must be between 0 and 200")));
		verify(queries).search("a".repeat(200));
	}

	/**
	 * One group per kind, as the queries return them: the given ones, the others empty.
	 */
	private static List<SearchGroup> groups(SearchGroup... found) {
		List<SearchGroup> groups = new ArrayList<>();
		groups.add(SearchGroup.articles(0, List.of()));
		for (FindingKind kind : FindingKind.values()) {
			groups.add(new SearchGroup(kind, 0, List.of()));
		}
		groups.replaceAll(
				empty -> List.of(found).stream().filter(g -> g.kind() == empty.kind()).findFirst().orElse(empty));
		return groups;
	}

}
