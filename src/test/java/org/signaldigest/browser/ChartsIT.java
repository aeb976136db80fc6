package org.signaldigest.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts on the sample pages, as a browser draws them: a theme's months, the home
 * page's, a table's relevancy.
 */
class ChartsIT extends BrowserTest {

	@Test
	void aThemePageChartsItsArticlesPerMonthWithTheNumbersBehindADisclosure() {
		open("/themes/artificial-intelligence");

		WebElement chart = browser.findElement(By.cssSelector("#term-months-chart svg[role=img]"));
		assertThat(chart.getSize().getWidth()).isGreaterThan(500);
		assertThat(chart.getSize().getHeight()).isGreaterThan(100);
		assertThat(chart.findElements(By.cssSelector("rect.column"))).hasSize(2)
			.allSatisfy(column -> assertThat(column.getSize().getHeight()).isPositive());
		assertThat(chart.findElements(By.cssSelector(".axis.months text"))).extracting(WebElement::getText)
			.contains("2023", "2024", "2025", "2026");
		WebElement numbers = browser.findElement(By.cssSelector("#term-months-chart details"));
		assertThat(numbers.findElement(By.tagName("table")).isDisplayed()).isFalse();
		numbers.findElement(By.tagName("summary")).click();
		List<String> rows = numbers.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
		assertThat(rows).contains("Mar 2024 1", "Apr 2024 0").filteredOn(row -> row.endsWith(" 1")).hasSize(2);
		scrollTo(chart);
		screenshot("charts-1-theme-artificial-intelligence");
	}

	@Test
	void theHomePageChartsTheCollectionAndItsTopThemes() {
		open("/");

		WebElement months = browser.findElement(By.cssSelector("#home-months svg"));
		assertThat(months.findElements(By.cssSelector("rect.column"))).isNotEmpty();
		List<WebElement> themes = browser.findElements(By.cssSelector(".multiples figure"));
		assertThat(themes).hasSize(5);
		scrollTo(months);
		screenshot("charts-2-home-articles-per-month");
		scrollTo(themes.get(0));
		screenshot("charts-3-home-top-themes");
	}

	@Test
	void aTablesRelevancyColumnLeadsToItsRows() {
		open("/signals");
		WebElement five = browser.findElement(By.cssSelector("#relevancy-chart a[href*='relevancy=5']"));
		int count = Integer.parseInt(five.findElement(By.cssSelector("text.value")).getText());
		assertThat(count).isGreaterThanOrEqualTo(16);
		screenshot("charts-4-signals-relevancy");

		five.click();
		wait.until(ExpectedConditions.urlContains("relevancy=5"));
		assertThat(browser.findElements(By.cssSelector("table#rows tbody tr"))).hasSize(count)
			.allSatisfy(row -> assertThat(row.getAttribute("data-relevancy")).isEqualTo("5"));
		assertThat(browser.findElements(By.cssSelector("#relevancy-chart rect.bar"))
			.stream()
			.filter(bar -> bar.getSize().getHeight() > 0)
			.count()).isEqualTo(1);
	}

	@Test
	void theThemeListHasASparklinePerTheme() {
		open("/themes?size=20");

		List<WebElement> sparklines = browser.findElements(By.cssSelector("table#terms svg.sparkline"));
		assertThat(sparklines).hasSize(20);
		WebElement first = browser.findElement(By.cssSelector("table#terms tbody tr"));
		assertThat(sparklines.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
			.startsWith(first.findElement(By.tagName("a")).getText() + ": "
					+ first.findElement(By.cssSelector("td.number")).getText() + " article");
		screenshot("charts-5-themes-sparklines");
	}

	@Test
	void theChartsFitANarrowScreen() {
		browser.manage().window().setSize(new Dimension(375, 800));
		try {
			for (String path : List.of("/", "/themes", "/themes/data-privacy", "/signals")) {
				open(path);
				List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart, svg.sparkline"));
				assertThat(charts).as(path).isNotEmpty();
				Long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
				assertThat(charts).as(path)
					.allSatisfy(chart -> assertThat(chart.getRect().getX() + chart.getRect().getWidth())
						.isLessThanOrEqualTo(clientWidth.intValue()));
				if (!path.startsWith("/themes/")) {
					Long overflow = (Long) browser.executeScript(
							"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
					assertThat(overflow).as(path).isLessThanOrEqualTo(0L);
				}
			}
			screenshot("charts-6-signals-375px");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private void scrollTo(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

}
