package org.signaldigest.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feeds over HTTP: parameters, links, ids, escaping, errors. What the queries find is
 * tested on the database.
 */
@WebMvcTest(FeedController.class)
@Import(SecurityConfiguration.class)
class FeedControllerTest {

	private static final Instant EARLIER = Instant.parse("2024-03-25T08:00:00.123456Z");

	private static final Instant LATER = Instant.parse("2024-04-02T17:30:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FilterTerms terms;

	@MockitoBean
	FeedQueries queries;

	private final FeedEntry newest = new FeedEntry("tag:signal-digest,2026:signals/abc/0", "Open chatbots",
			"/articles/abc#signals", EARLIER, LocalDate.of(2024, 3, 24), "Anyone can run one");

	private final FeedEntry older = new FeedEntry("tag:signal-digest,2026:signals/def/2", "Private AI",
			"/articles/def#signals", LATER, null, null);

	@BeforeEach
	void resolveFilters() {
		TestFilters.resolveWithoutTerms(terms);
	}

	@Test
	void aTablesFeedBindsEveryFilterOfTheTableAndLinksToItselfAndToTheView() throws Exception {
		given(queries.rows(any(), any())).willReturn(List.of(newest, older));

		Feed feed = atom(mvc.perform(get("/signals.atom?minRelevancy=4&theme=data-privacy&theme=ai&keyword=zoom"
				+ "&category=technology&type=news&from=2023-01-01&to=2023-12-31&relevancy=4&relevancy=5"
				+ "&page=2&size=10&sort=name")
			.param("q", "chat+bots")));

		verify(queries).rows(FindingKind.SIGNALS, TestFilters.unresolved(
				"q=chat%2Bbots&minRelevancy=4&relevancy=4&relevancy=5&theme=data-privacy&theme=ai&keyword=zoom&category=technology&type=news&from=2023-01-01&to=2023-12-31"));
		String query = "minRelevancy=4&theme=data-privacy&theme=ai&keyword=zoom&category=technology&type=news"
				+ "&from=2023-01-01&to=2023-12-31&relevancy=4&relevancy=5&q=chat%2Bbots";
		assertThat(AtomFeeds.self(feed)).isEqualTo("http://localhost/signals.atom?" + query);
		assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/signals?" + query);
		assertThat(feed.getId()).isEqualTo("tag:signal-digest,2026:signals.atom?" + query);
		assertThat(feed.getTitle())
			.isEqualTo("Signals with relevancy ≥ 4 with relevancy 4 and 5 — matching “chat+bots”,"
					+ " theme: data-privacy and ai, keyword: zoom, category: technology, type: news, from 2023-01-01,"
					+ " to 2023-12-31 · Signal Digest");
		assertThat(feed.getAuthors()).extracting(author -> author.getName()).containsExactly("Signal Digest");
		assertThat(feed.getUpdated()).as("the newest entry's").isEqualTo(Date.from(LATER));
	}

	@Test
	void entriesComeInTheOrderOfTheQueryWithTheirIdsLinksDatesAndText() throws Exception {
		given(queries.rows(eq(FindingKind.CONCERNS), any())).willReturn(List.of(newest, older));

		Feed feed = atom(mvc.perform(get("/concerns.atom")));

		assertThat(AtomFeeds.ids(feed)).containsExactly("tag:signal-digest,2026:signals/abc/0",
				"tag:signal-digest,2026:signals/def/2");
		Entry first = feed.getEntries().get(0);
		assertThat(first.getTitle()).isEqualTo("Open chatbots");
		assertThat(AtomFeeds.alternate(first)).isEqualTo("http://localhost/articles/abc#signals");
		assertThat(first.getUpdated()).as("to the second").isEqualTo(Date.from(Instant.parse("2024-03-25T08:00:00Z")));
		assertThat(first.getPublished()).isEqualTo(Date.from(Instant.parse("2024-03-24T00:00:00Z")));
		assertThat(first.getSummary().getValue()).isEqualTo("Anyone can run one");
		Entry second = feed.getEntries().get(1);
		assertThat(second.getPublished()).isNull();
		assertThat(second.getSummary()).isNull();
		assertThat(AtomFeeds.self(feed)).isEqualTo("http://localhost/concerns.atom");
		assertThat(feed.getId()).isEqualTo("tag:signal-digest,2026:concerns.atom");
	}

	@Test
	void markupInTheDataIsTextNeverMarkupAndCharactersXmlCannotCarryAreLeftOut() throws Exception {
		given(queries.rows(any(), any()))
			.willReturn(List.of(new FeedEntry("tag:signal-digest,2026:issues/x/1", "<script>alert(1)</script> & co",
					"/articles/x#issues", EARLIER, null, "<img src=x onerror=alert(1)>\u0001 ]]> \ud800end")));

		ResultActions result = mvc.perform(get("/issues.atom"));
		String body = result.andReturn().getResponse().getContentAsString();

		assertThat(body).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
		Entry entry = atom(result).getEntries().get(0);
		assertThat(entry.getTitle()).isEqualTo("<script>alert(1)</script> & co");
		assertThat(entry.getSummary().getValue()).isEqualTo("<img src=x onerror=alert(1)> ]]> end");
	}

	@Test
	void anEmptyFeedIsAValidFeedThatNeverSeemsToChange() throws Exception {
		given(queries.rows(any(), any())).willReturn(List.of());

		Feed feed = atom(mvc.perform(get("/technologies.atom?theme=nothing-like-it")));

		assertThat(feed.getEntries()).isEmpty();
		assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.EPOCH));
	}

	@Test
	void badParametersAreA400PageThatSaysWhyLikeOnTheTables() throws Exception {
		mvc.perform(get("/signals.atom?minRelevancy=abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("minRelevancy: &quot;abc&quot; is not a valid value")));
		mvc.perform(get("/behaviors.atom?relevancy=6"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be less than or equal to 5")));
		mvc.perform(get("/signals.atom?from=2024-02-01&to=2024-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from must not be after to")));
		mvc.perform(get("/articles.atom?to=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("to: &quot;yesterday&quot; is not a valid value")));
		mvc.perform(get("/signals.atom").param("q", "a\u0000b"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("q: must not contain a NUL character")));
		verifyNoInteractions(queries);
	}

	@Test
	void theArticlesFeedTakesTheArticlesFilters() throws Exception {
		given(queries.articles(any())).willReturn(List.of(new FeedEntry("tag:signal-digest,2026:articles/abc",
				"A title", "/articles/abc", EARLIER, null, "A *summary*")));

		Feed feed = atom(mvc.perform(get("/articles.atom?category=technology")));

		verify(queries).articles(TestFilters.unresolved("category=technology"));
		assertThat(feed.getTitle()).isEqualTo("Articles — category: technology · Signal Digest");
		assertThat(feed.getAlternateLinks().get(0).getHref())
			.isEqualTo("http://localhost/articles?category=technology");
		assertThat(AtomFeeds.ids(feed)).containsExactly("tag:signal-digest,2026:articles/abc");
	}

	@Test
	void aTermsFeedIsItsArticlesAndLinksToItsPage() throws Exception {
		given(queries.termName(TermKind.THEMES, "données")).willReturn(Optional.of("Données"));
		given(queries.termArticles(TermKind.THEMES, "données")).willReturn(List
			.of(new FeedEntry("tag:signal-digest,2026:articles/abc", "A title", "/articles/abc", EARLIER, null, null)));

		Feed feed = atom(mvc.perform(get("/themes/données.atom?size=5")));

		assertThat(feed.getTitle()).isEqualTo("Theme: Données · Signal Digest");
		assertThat(AtomFeeds.self(feed)).isEqualTo("http://localhost/themes/donn%C3%A9es.atom");
		assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/themes/donn%C3%A9es");
		assertThat(feed.getId()).isEqualTo("tag:signal-digest,2026:themes/donn%C3%A9es.atom");
		assertThat(AtomFeeds.ids(feed)).containsExactly("tag:signal-digest,2026:articles/abc");
	}

	@Test
	void anUnknownTermIsA404PageThatSaysSo() throws Exception {
		given(queries.termName(any(), any())).willReturn(Optional.empty());

		mvc.perform(get("/keywords/no-such-keyword.atom"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No keyword has the slug &quot;no-such-keyword&quot;")));
	}

	/** Checks the status and content type, then parses the feed. */
	private static Feed atom(ResultActions result) throws Exception {
		result.andExpect(status().isOk()).andExpect(content().contentType("application/atom+xml;charset=UTF-8"));
		return AtomFeeds.parse(result.andReturn().getResponse().getContentAsByteArray());
	}

}
