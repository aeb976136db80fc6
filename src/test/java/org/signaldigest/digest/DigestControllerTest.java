package org.signaldigest.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.signaldigest.digest.DigestPage.TopSignal;
import org.signaldigest.web.SafeMarkdown;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DigestController.class)
@Import({ SecurityConfiguration.class, SafeMarkdown.class })
class DigestControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DigestQueries queries;

	@Test
	void listsDigestsWithAPager() throws Exception {
		given(queries.newestFirst(PageRequest.of(1, 2)))
			.willReturn(new PageImpl<>(List.of(new DigestRow("20290911", LocalDate.of(2029, 9, 11), 1, 5, false),
					new DigestRow("20230416", LocalDate.of(2023, 4, 16), 3, 12, true),
					new DigestRow("4320.0", null, 1, 5, false)), PageRequest.of(1, 2), 5));

		mvc.perform(get("/digests?page=1&size=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/digests/4320.0\">4320.0</a>")))
			.andExpect(content().string(containsString("<time datetime=\"2023-04-16\">16 Apr 2023</time></td>")))
			.andExpect(content().string(containsString(
					"<time datetime=\"2029-09-11\">11 Sep 2029</time> <span class=\"flag\">unconfirmed</span>")))
			.andExpect(content().string(containsString("href=\"/articles?unconfirmedDate=true\"")))
			.andExpect(content().string(containsString("href=\"/digests?page=2&amp;size=2\" rel=\"next\"")))
			.andExpect(content().string(containsString("href=\"/digests?page=0&amp;size=2\" rel=\"prev\"")));
	}

	@Test
	void badPagingIsA400Page() throws Exception {
		mvc.perform(get("/digests?size=100000")).andExpect(status().isBadRequest()).andExpect(view().name("error"));
		mvc.perform(get("/digests?sort=password,asc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sort: &quot;password&quot; is not a sortable column")));
		verifyNoInteractions(queries);
	}

	@Test
	void aDigestIdWithADotIsTheWholeId() throws Exception {
		given(queries.byId("4320.0")).willReturn(Optional
			.of(new DigestPage("4320.0", null, false, null, List.of(new DigestPage.Article("abc", "An <i>article",
					"others", "blog post", List.of(new TopSignal("Top signal", 5), new TopSignal("Unrated", null)))))));

		mvc.perform(get("/digests/4320.0"))
			.andExpect(status().isOk())
			.andExpect(view().name("digests/show"))
			.andExpect(content().string(containsString("<h1>Digest 4320.0</h1>")))
			.andExpect(content().string(containsString("<a href=\"/articles/abc\">An &lt;i&gt;article</a>")))
			.andExpect(content().string(containsString("<span>Top signal</span>")))
			.andExpect(content().string(containsString("class=\"badge badge-5\"")))
			.andExpect(content().string(containsString("class=\"badge badge-none\"")))
			.andExpect(content().string(containsString("No date: its id is not a date")));
	}

	@Test
	void aDigestIdWithDashesWorks() throws Exception {
		given(queries.byId("20251231-a-yearly-review"))
			.willReturn(Optional.of(new DigestPage("20251231-a-yearly-review", LocalDate.of(2025, 12, 31), true,
					"https://example.org/d", List.of())));

		mvc.perform(get("/digests/20251231-a-yearly-review"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<time datetime=\"2025-12-31\">31 Dec 2025</time>")))
			.andExpect(content().string(not(containsString("unconfirmed"))));
	}

	@Test
	void anUnknownDigestIsA404Page() throws Exception {
		given(queries.byId(any())).willReturn(Optional.empty());

		mvc.perform(get("/digests/4320.5"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("No digest has the id &quot;4320.5&quot;")));
	}

}
