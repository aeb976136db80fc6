package org.signaldigest.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal radar: reached from the navigation, filtered with the form, a dot named on
 * focus, leading to its article.
 */
class RadarIT extends BrowserTest {

	@Test
	void theRadarShowsEverySignalOnceNamesADotOnFocusAndLeadsToItsArticle() {
		open("/");
		navigationLink("Radar").click();
		waitForTitle("Signal radar");
		Locator chart = page.locator("svg.radar-chart");
		assertThat(chart.getAttribute("role")).isEqualTo("img");
		List<Locator> dots = chart.locator("a.radar-dot").all();
		assertThat(dots).isNotEmpty();
		assertThat(chart.locator("a.radar-dot.is-new circle.halo").all()).isNotEmpty();
		screenshot("11-radar");

		open("/radar?size=200");
		List<Locator> rows = page.locator("table#rows tbody tr").all();
		assertThat(rows)
			.hasSize(page.locator("svg.radar-chart a.radar-dot").count() + page.locator(".radar-off-chart li").count());
		page.evaluate("document.getElementById('radar-table').scrollIntoView()");
		screenshot("13-radar-table");

		page.locator("form.filters")
			.getByLabel("Relevancy at least", new Locator.GetByLabelOptions().setExact(true))
			.selectOption("4");
		page.locator("form.filters button[type=submit]").click();
		waitForTitle("relevancy ≥ 4");
		List<Locator> relevant = page.locator("svg.radar-chart a.radar-dot").all();
		assertThat(relevant).isNotEmpty()
			.hasSizeLessThan(dots.size())
			.allSatisfy(
					dot -> assertThat(Integer.valueOf(dot.getAttribute("data-relevancy"))).isGreaterThanOrEqualTo(4));
		assertThat(page.locator(".radar-off-chart").all()).isEmpty();

		Locator dot = relevant.get(0);
		Locator label = dot.locator("text.dot-caption");
		assertThat(label.isVisible()).isFalse();
		dot.focus();
		assertThat(dot.evaluate("dot => dot === document.activeElement")).isEqualTo(true);
		assertThat(label.isVisible()).isTrue();
		assertThat(label.textContent()).isNotBlank();
		screenshot("12-radar-relevancy-4-focused");

		String article = dot.getAttribute("href");
		assertThat(article).startsWith("/articles/");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.contains(article));
		assertThat(page.locator("h1").innerText()).isNotBlank();
	}

}
