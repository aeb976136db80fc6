package org.signaldigest.radar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
	void theRadarIsWellFormedSvgWithOneLinkPerSignalOnTheChart() throws Exception {
		List<RadarSignal> signals = new ArrayList<>(TestSignals.many(30));
		signals.set(0, fresh(signals.get(0)));
		signals.set(1, new RadarSignal("hostile", 1, HOSTILE, 5, HOSTILE, null, List.of(), false));
		given(queries.radar(any())).willReturn(TestSignals.of(signals));

		String html = mvc.perform(get("/radar"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Element svg = svg(html);

		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getElementsByTagName("desc").getLength()).isEqualTo(1);
		NodeList links = svg.getElementsByTagName("a");
		assertThat(links.getLength()).isEqualTo(24);
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			assertThat(link.getAttribute("href")).startsWith("/articles/");
			titles.add(link.getElementsByTagName("title").item(0).getTextContent());
		}
		assertThat(titles).contains(HOSTILE + " — " + HOSTILE + " (relevancy 5)",
				"p0 signal 0 — Article p0 (relevancy 1, new)");
		assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(1 + 5 + 24 + 1);
		assertThat(html).contains("6 without relevancy off the chart", "Showing 30 of 30 matching signals",
				"<title>Signal radar · Signal Digest</title>", "href=\"/radar\"");
	}

	@Test
	void bindsEveryFilterAndKeepsItInTheLinks() throws Exception {
		given(queries.radar(any())).willReturn(TestSignals.of(List.of(signal("abc", 0, 4, "ai"))));

		mvc.perform(get("/radar?minRelevancy=4&theme=ai&keyword=zoom&category=technology&type=news"
				+ "&from=2023-01-01&to=2023-12-31&q=chatbot"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<title>Signal radar with relevancy ≥ 4 — matching “chatbot”, theme: ai, keyword: zoom")))
			.andExpect(content().string(containsString("href=\"/api/signals.csv?minRelevancy=4&amp;theme=ai")));

		verify(queries).radar(eq(TestFilters.unresolved(
				"q=chatbot&minRelevancy=4&theme=ai&keyword=zoom&category=technology&type=news&from=2023-01-01&to=2023-12-31")));
	}

	@Test
	void theTableIsPagedAndThePagerKeepsTheFilters() throws Exception {
		given(queries.radar(any())).willReturn(new RadarSignals(TestSignals.many(120), 10_000, true, List.of()));

		String html = mvc.perform(get("/radar?theme=t1&page=2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 120 of 10,000+ matching signals")))
			.andExpect(content().string(containsString("Only the 120 most relevant are shown")))
			.andExpect(content().string(containsString("href=\"/radar?theme=t1&amp;page=1\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		assertThat(table.split("<tr", -1)).hasSize(21);
		assertThat(svg(html).getElementsByTagName("a").getLength()).isEqualTo(96);
	}

	@Test
	void nothingMatchingSaysSoWithoutARadar() throws Exception {
		given(queries.radar(any())).willReturn(TestSignals.of(List.of()));

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
		mvc.perform(get("/radar?from=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("from: &quot;yesterday&quot; is not a valid value")));
		mvc.perform(get("/radar?page=-1")).andExpect(status().isBadRequest());
		verifyNoInteractions(queries);
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
