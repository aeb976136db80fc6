package org.signaldigest.radar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.web.SecurityConfiguration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.signaldigest.radar.TestSignals.fresh;
import static org.signaldigest.radar.TestSignals.signal;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(SecurityConfiguration.class)
@WebMvcTest(RadarController.class)
class RadarControllerTest {

	private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";

	private static final Pattern LIST_ITEM = Pattern.compile(
			"<li>\\s*<span class=\"radar-num\">(\\d+)</span>\\s*<span class=\"radar-item\">\\s*<a href=\"([^\"]+)\">");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FilterTerms terms;

	@MockitoBean
	RadarQueries queries;

	@BeforeEach
	void resolveFilters() {
		TestFilters.resolveWithoutTerms(terms);
	}

	@Test
	void theSvgIsAPictureOfTheNumberedListWhichIsTheKeyboardsWayAndItsTextAlternative() throws Exception {
		List<RadarSignal> signals = new ArrayList<>(TestSignals.many(30));
		signals.set(0, fresh(signals.get(0)));
		signals.set(1,
				new RadarSignal("hostile", 1, HOSTILE, 5, HOSTILE, null, HOSTILE, TestSignals.DATE, List.of(), false));
		given(queries.radar(any(), any())).willReturn(TestSignals.of(signals));

		String html = page("/radar");
		Element svg = svg(html);

		assertThat(svg.getAttribute("aria-hidden")).isEqualTo("true");
		assertThat(svg.hasAttribute("role")).isFalse();
		NodeList links = svg.getElementsByTagName("a");
		assertThat(links.getLength()).isEqualTo(30);
		List<String> chart = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			assertThat(link.getAttribute("tabindex")).isEqualTo("-1");
			String number = link.getElementsByTagName("text").item(0).getTextContent();
			chart.add(number + " " + link.getAttribute("href"));
			titles.add(link.getElementsByTagName("title").item(0).getTextContent());
		}
		assertThat(chart).extracting(entry -> entry.split(" ")[0]).containsExactlyElementsOf(numbers(30));
		assertThat(chart).allSatisfy(entry -> assertThat(entry).matches("\\d+ /articles/[^#]+#signals"));
		assertThat(listed(html)).isEqualTo(chart);
		assertThat(titles).anyMatch(title -> title.endsWith(". " + HOSTILE + " — " + HOSTILE));
		assertThat(svg.getElementsByTagName("circle").getLength()).as("disc, 4 rings, 30 dots, 1 new")
			.isEqualTo(1 + 4 + 30 + 1);
		assertThat(html).doesNotContain("<script>")
			.contains("30 matching signals", "The 30 signals, numbered as on the radar",
					"<title>Signal radar · Signal Digest</title>", "Rings: when the signal was first seen",
					"counted back from the latest digest, 24 Mar 2024",
					"Circled: from the newest digest, 24 Mar 2024.");
	}

	@Test
	void bindsEveryFilterAndTheViewAndKeepsThemInTheLinksAndForms() throws Exception {
		given(queries.radar(any(), any()))
			.willReturn(TestSignals.ofThemes(List.of(TestSignals.themed(signal("abc", 0, 4, "tech"), "ai")), "ai"));

		String html = page("/radar?minRelevancy=4&theme=ai&keyword=zoom&category=technology&type=news"
				+ "&from=2023-01-01&to=2023-12-31&q=chatbot&sectors=theme&sectorTheme=ai&rings=relevancy&top=25");

		verify(queries).radar(eq(TestFilters.unresolved(
				"q=chatbot&minRelevancy=4&theme=ai&keyword=zoom&category=technology&type=news&from=2023-01-01&to=2023-12-31")),
				eq(new RadarView("theme", List.of("ai"), "relevancy", 25)));
		assertThat(html).contains(
				"<title>Signal radar with relevancy ≥ 4 — matching “chatbot”, theme: ai, keyword: zoom",
				"href=\"/api/signals.csv?minRelevancy=4&amp;theme=ai",
				"<input type=\"hidden\" name=\"sectorTheme\" value=\"ai\">",
				"<input type=\"hidden\" name=\"rings\" value=\"relevancy\">",
				"<input type=\"hidden\" name=\"top\" value=\"25\">",
				"&amp;rings=first-seen&amp;top=25\">by first seen</a>", "aria-current=\"true\">by relevancy</a>",
				"aria-current=\"true\">top 25</a>", "aria-current=\"true\">by theme</a>");
		assertThat(html).containsPattern("href=\"/radar\\?[^\"]*&amp;top=100\">top 100</a>");
	}

	@Test
	void emptyParametersAreTheDefaults() throws Exception {
		given(queries.radar(any(), any())).willReturn(TestSignals.of(List.of(signal("abc", 0, 4, "tech"))));

		page("/radar?sectors=&sectorTheme=&rings=&top=");

		verify(queries).radar(any(), eq(new RadarView("category", List.of(), "first-seen", RadarView.DEFAULT_TOP)));
	}

	@Test
	void theThemesFormOffersTheChoicesWithTheSectorsChecked() throws Exception {
		RadarSignals data = TestSignals.ofThemes(List.of(TestSignals.themed(signal("abc", 0, 4, null), "web")), "web",
				"ai");
		given(queries.radar(any(), any())).willReturn(new RadarSignals(data.signals(), data.matching(), data.unringed(),
				data.newDates(), data.latest(), data.themes(), List.of(new RadarSignal.Theme("web", "Web"),
						new RadarSignal.Theme("ai", "AI"), new RadarSignal.Theme("privacy", "Privacy"))));

		String html = page("/radar?sectors=theme&theme=cloud");

		String form = html.substring(html.indexOf("<form class=\"radar-themes\""));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form)
			.contains("<input type=\"hidden\" name=\"theme\" value=\"cloud\">",
					"<input type=\"hidden\" name=\"sectors\" value=\"theme\">")
			.containsPattern("value=\"web\"\\s+checked")
			.containsPattern("value=\"ai\"\\s+checked")
			.doesNotContainPattern("value=\"privacy\"\\s+checked");
		assertThat(html).contains("Sectors: the chosen themes");
	}

	@Test
	void aCappedRadarSaysTopNOfMAndWhatHasNoRing() throws Exception {
		RadarSignals data = TestSignals.of(TestSignals.many(50));
		given(queries.radar(any(), any())).willReturn(new RadarSignals(data.signals(), new Radar.Count(1000, true),
				new Radar.Count(7, false), data.newDates(), null, List.of(), List.of()));

		String html = page("/radar?rings=relevancy&theme=t1");

		assertThat(html).contains("Top 50 of 1,000+ matching signals, by relevancy then newest digest",
				"7 more matching signals have no relevancy, so no ring on this radar",
				"href=\"/radar?rings=first-seen&amp;theme=t1\">show rings by first seen</a>",
				"Rings: relevancy, 5 at the centre");
		assertThat(html).as("no dot is new").doesNotContain("Circled");
	}

	@Test
	void nothingMatchingSaysSoWithoutARadar() throws Exception {
		given(queries.radar(any(), any())).willReturn(TestSignals.of(List.of()));

		mvc.perform(get("/radar?theme=nothing-like-it"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches these filters")))
			.andExpect(content().string(not(containsString("<svg class=\"radar-chart\""))));
	}

	@Test
	void badParametersAreA400PageThatSaysWhy() throws Exception {
		mvc.perform(get("/radar?minRelevancy=9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("minRelevancy: must be less than or equal to 5")));
		mvc.perform(get("/radar?from=2024-02-01&to=2024-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from must not be after to")));
		mvc.perform(get("/radar?sectors=keyword"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sectors: must be category or theme")));
		mvc.perform(get("/radar?rings=age"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("rings: must be first-seen or relevancy")));
		mvc.perform(get("/radar?top=101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("top: must be less than or equal to 100")));
		mvc.perform(get("/radar?top=all"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("top: &quot;all&quot; is not a valid value")));
		mvc.perform(get("/radar?sectors=theme&sectorTheme=t1&sectorTheme=t2&sectorTheme=t3&sectorTheme=t4"
				+ "&sectorTheme=t5&sectorTheme=t6&sectorTheme=t7&sectorTheme=t8&sectorTheme=t9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sectorTheme: choose at most 8 themes")));
		verifyNoInteractions(queries);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The numbered list's items: number and link. */
	private static List<String> listed(String html) {
		List<String> items = new ArrayList<>();
		Matcher item = LIST_ITEM.matcher(html);
		while (item.find()) {
			items.add(item.group(1) + " " + item.group(2));
		}
		return items;
	}

	private static List<String> numbers(int count) {
		List<String> numbers = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			numbers.add(String.valueOf(i));
		}
		return numbers;
	}

	/** The radar's SVG, parsed as XML: it fails unless the SVG is well-formed. */
	private static Element svg(String html) throws Exception {
		int start = html.indexOf("<svg class=\"radar-chart\"");
		int end = html.indexOf("</svg>", start) + "</svg>".length();
		assertThat(start).isNotNegative();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
		return document.getDocumentElement();
	}

}
