package org.signaldigest.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts on the sample pages, as a browser draws them: a theme's months, the home
 * page's, a table's relevancy.
 */
class ChartsIT extends BrowserTest {

	@Test
	void aThemePageChartsItsArticlesPerMonthWithTheNumbersBehindADisclosure() {
		open("/themes/artificial-intelligence");

		Locator chart = page.locator("#term-months-chart svg[role=img]");
		assertThat(chart.boundingBox().width).isGreaterThan(500);
		assertThat(chart.boundingBox().height).isGreaterThan(100);
		assertThat(chart.locator("rect.column").all()).hasSize(2)
			.allSatisfy(column -> assertThat(column.boundingBox().height).isPositive());
		// the months of the collection end with its latest confirmed digest date: the
		// sample dated 2029 (after its
		// import) stretches no axis (issue 15.2)
		assertThat(chart.locator(".axis.months text").allTextContents())
			.contains("Jan 2023", "Jan 2024", "Jan 2025", "Jan 2026")
			.noneMatch(label -> label.contains("2027") || label.contains("2029"));
		Locator numbers = page.locator("#term-months-chart details");
		assertThat(numbers.locator("table").isVisible()).isFalse();
		numbers.locator("summary").click();
		assertThat(numbers.locator("table").isVisible()).isTrue();
		List<String> rows = numbers.locator("tbody tr")
			.all()
			.stream()
			.map(row -> String.join(" ", row.locator("td").allInnerTexts()))
			.toList();
		assertThat(rows).contains("Mar 2024 1", "Apr 2024 0").filteredOn(row -> row.endsWith(" 1")).hasSize(2);
		scrollTo(chart);
		screenshot("charts-1-theme-artificial-intelligence");
	}

	@Test
	void theHomePageChartsTheCollectionAndItsTopThemes() {
		open("/");

		Locator months = page.locator("#home-months svg");
		assertThat(months.locator("rect.column").all()).isNotEmpty();
		List<Locator> themes = page.locator(".multiples figure").all();
		assertThat(themes).hasSize(5);
		scrollTo(months);
		screenshot("charts-2-home-articles-per-month");
		scrollTo(themes.get(0));
		screenshot("charts-3-home-top-themes");
	}

	@Test
	void aTablesRelevancyColumnLeadsToItsRows() {
		open("/signals");
		Locator five = page.locator("#relevancy-chart a[href*='relevancy=5']");
		int count = Integer.parseInt(five.locator("text.value").textContent().strip());
		assertThat(count).isGreaterThanOrEqualTo(16);
		screenshot("charts-4-signals-relevancy");

		five.click();
		page.waitForURL(url -> url.contains("relevancy=5"));
		assertThat(page.locator("table#rows tbody tr").all()).hasSize(count)
			.allSatisfy(row -> assertThat(row.getAttribute("data-relevancy")).isEqualTo("5"));
		assertThat(page.locator("#relevancy-chart rect.bar")
			.all()
			.stream()
			.filter(bar -> bar.boundingBox().height > 0)
			.count()).isEqualTo(1);
	}

	@Test
	void theThemeListHasASparklinePerTheme() {
		open("/themes?size=20");

		List<Locator> sparklines = page.locator("table#terms svg.sparkline").all();
		assertThat(sparklines).hasSize(20);
		Locator first = page.locator("table#terms tbody tr").first();
		assertThat(sparklines.get(0).locator("title").textContent()).startsWith(first.locator("a").first().innerText()
				+ ": " + first.locator("td.number").first().innerText() + " article");
		screenshot("charts-5-themes-sparklines");
	}

	@Test
	void theChartsFitANarrowScreen() {
		for (String path : List.of("/", "/themes", "/themes/data-privacy", "/signals")) {
			open(path, new Viewport(375, 800));
			List<Locator> charts = page.locator("figure.chart, svg.sparkline").all();
			assertThat(charts).as(path).isNotEmpty();
			int clientWidth = (Integer) page.evaluate("document.documentElement.clientWidth");
			assertThat(charts).as(path).allSatisfy(chart -> {
				BoundingBox box = chart.boundingBox();
				assertThat(box.x + box.width).isLessThanOrEqualTo(clientWidth);
			});
			if (!path.startsWith("/themes/")) {
				assertNoHorizontalScroll();
			}
		}
		screenshot("charts-6-signals-375px");
	}

	private void scrollTo(Locator element) {
		element.evaluate("element => element.scrollIntoView({block: 'center'})");
	}

}
