package org.signaldigest.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal radar: reached from the navigation, filtered with the form, a dot named on
 * focus, leading to its article.
 */
class RadarIT extends BrowserTest {

	@Test
	void theRadarShowsEverySignalOnceNamesADotOnFocusAndLeadsToItsArticle() {
		open("/");
		browser.findElement(By.cssSelector(".site-header nav")).findElement(By.linkText("Radar")).click();
		wait.until(ExpectedConditions.titleContains("Signal radar"));
		WebElement chart = browser.findElement(By.cssSelector("svg.radar-chart"));
		assertThat(chart.getAttribute("role")).isEqualTo("img");
		List<WebElement> dots = chart.findElements(By.cssSelector("a.radar-dot"));
		assertThat(dots).isNotEmpty();
		assertThat(chart.findElements(By.cssSelector("a.radar-dot.is-new circle.halo"))).isNotEmpty();
		screenshot("11-radar");

		open("/radar?size=200");
		List<WebElement> rows = browser.findElements(By.cssSelector("table#rows tbody tr"));
		assertThat(rows).hasSize(browser.findElements(By.cssSelector("svg.radar-chart a.radar-dot")).size()
				+ browser.findElements(By.cssSelector(".radar-off-chart li")).size());
		browser.executeScript("document.getElementById('radar-table').scrollIntoView();");
		screenshot("13-radar-table");

		new Select(browser.findElement(By.id("f-min"))).selectByValue("4");
		browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		wait.until(ExpectedConditions.titleContains("relevancy ≥ 4"));
		List<WebElement> relevant = browser.findElements(By.cssSelector("svg.radar-chart a.radar-dot"));
		assertThat(relevant).isNotEmpty()
			.hasSizeLessThan(dots.size())
			.allSatisfy(
					dot -> assertThat(Integer.valueOf(dot.getAttribute("data-relevancy"))).isGreaterThanOrEqualTo(4));
		assertThat(browser.findElements(By.cssSelector(".radar-off-chart"))).isEmpty();

		WebElement dot = relevant.get(0);
		WebElement label = dot.findElement(By.cssSelector("text.dot-caption"));
		assertThat(label.isDisplayed()).isFalse();
		browser.executeScript("arguments[0].focus();", dot);
		assertThat(browser.switchTo().activeElement()).isEqualTo(dot);
		assertThat(label.isDisplayed()).isTrue();
		assertThat(label.getText()).isNotBlank();
		screenshot("12-radar-relevancy-4-focused");

		String article = dot.getDomAttribute("href");
		assertThat(article).startsWith("/articles/");
		new Actions(browser).sendKeys(Keys.ENTER).perform();
		wait.until(ExpectedConditions.urlContains(article));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

}
