package org.signaldigest.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.signaldigest.InlineSvg;
import org.signaldigest.chart.MonthRange;
import org.signaldigest.chart.MonthlyCounts;
import org.signaldigest.digest.DigestRow;
import org.signaldigest.home.Home.TermCount;
import org.signaldigest.home.Home.TopSignal;
import org.signaldigest.kind.TermKind;
import org.signaldigest.taxonomy.ActivityQueries;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

	@MockitoBean
	ActivityQueries activity;

	@Test
	void showsCountsLatestDigestsTopTermsAndSignalsAndASearchBox() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("articles", 17L);
		counts.put("signals", 99L);
		given(queries.home())
			.willReturn(new Home(counts, List.of(new DigestRow("20230416", LocalDate.of(2023, 4, 16), 2, 7, true)),
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
		given(queries.home())
			.willReturn(new Home(Map.of("articles", 0L), List.of(), List.of(), List.of(), null, List.of()));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing imported yet.")));
	}

	@Test
	void chartsTheArticlesPerMonthAndTheTopFiveThemesOnOneScale() throws Exception {
		MonthRange range = new MonthRange(YearMonth.of(2023, 12), YearMonth.of(2024, 2));
		List<TermCount> themes = List.of(new TermCount("ai", "AI", 9), new TermCount("x", "<script>x</script>", 5),
				new TermCount("c", "C", 3), new TermCount("d", "D", 2), new TermCount("e", "E", 2),
				new TermCount("f", "F", 1));
		given(queries.home())
			.willReturn(new Home(Map.of("articles", 12L), List.of(), themes, List.of(), null, List.of()));
		given(activity.range()).willReturn(Optional.of(range));
		given(activity.articles(range)).willReturn(range.fill(Map.of(YearMonth.of(2023, 12), 12L), 0));
		Map<String, MonthlyCounts> counts = new LinkedHashMap<>();
		counts.put("ai", range.fill(Map.of(YearMonth.of(2024, 1), 9L), 0));
		for (String slug : List.of("x", "c", "d", "e")) {
			counts.put(slug, range.fill(Map.of(YearMonth.of(2024, 2), 1L), 0));
		}
		given(activity.articles(range, TermKind.THEMES, List.of("ai", "x", "c", "d", "e"))).willReturn(counts);

		String html = mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2 id=\"articles-per-month\">Articles per month</h2>")))
			.andExpect(content().string(containsString("<h2 id=\"themes-per-month\">Top themes per month</h2>")))
			.andExpect(content().string(containsString("<a href=\"/themes/x\">&lt;script&gt;x&lt;/script&gt;</a>")))
			.andExpect(content().string(not(containsString("/themes/f\">F</a></figcaption>"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<InlineSvg> charts = InlineSvg.of(html);
		assertThat(charts).hasSize(6);
		assertThat(charts.get(0).text("/svg/desc"))
			.startsWith("12 articles by digest month, from Dec 2023 to Feb 2024");
		assertThat(charts.subList(1, 6)).extracting(chart -> chart.text("/svg/title"))
			.containsExactly("AI", "<script>x</script>", "C", "D", "E");
		assertThat(charts.subList(1, 6)).allSatisfy(chart -> assertThat(chart.texts("//g[@class='axis values']/text"))
			.containsExactly("0", "2", "4", "6", "8", "10"));
	}

}
