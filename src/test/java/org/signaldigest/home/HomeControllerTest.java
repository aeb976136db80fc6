package org.signaldigest.home;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.signaldigest.digest.DigestRow;
import org.signaldigest.home.Home.TermCount;
import org.signaldigest.home.Home.TopSignal;

import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
class HomeControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	HomeQueries queries;

	@Test
	void showsCountsLatestDigestsTopTermsAndSignalsAndASearchBox() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("articles", 17L);
		counts.put("signals", 99L);
		given(queries.home()).willReturn(new Home(counts,
				List.of(new DigestRow("20230416", LocalDate.of(2023, 4, 16), 2, 7)),
				List.of(new TermCount("machine-learning", "machine learning", 4)),
				List.of(new TermCount("meta", "Meta", 3)), "20230416",
				List.of(new TopSignal("Open chatbots", 5, "27203920581", "Vicuna"))));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>17</strong>")))
			.andExpect(content().string(containsString("<span>articles</span>")))
			.andExpect(content().string(containsString("<strong>99</strong>")))
			.andExpect(content().string(containsString("<a href=\"/digests/20230416\">20230416</a>")))
			.andExpect(content().string(containsString("<a href=\"/themes/machine-learning\">machine learning</a>")))
			.andExpect(content().string(containsString("<a href=\"/keywords/meta\">Meta</a>")))
			.andExpect(content().string(containsString("Most relevant signals of digest 20230416")))
			.andExpect(content().string(containsString("<a href=\"/articles/27203920581\">Vicuna</a>")))
			.andExpect(content().string(containsString("<label for=\"home-q\">Search the collection</label>")))
			.andExpect(content().string(containsString("action=\"/search\"")));
	}

	@Test
	void anEmptyCollectionSaysSo() throws Exception {
		given(queries.home()).willReturn(new Home(Map.of("articles", 0L), List.of(), List.of(), List.of(), null,
				List.of()));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing imported yet.")));
	}

}
