package org.signaldigest.browser;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey: home, signals filtered with the form, a theme facet, an article, a
 * keyword, a search.
 */
class BrowsingJourneyIT extends BrowserTest {

	@Test
	void fromTheHomePageToSignalsArticlesKeywordsAndSearch() {
		open("/");
		assertThat(browser.getTitle()).contains("Signal Digest");
		screenshot("01-home");

		browser.findElement(By.cssSelector(".site-header nav")).findElement(By.linkText("Signals")).click();
		wait.until(ExpectedConditions.titleContains("Signals"));
		new Select(browser.findElement(By.id("f-min"))).selectByValue("4");
		browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		wait.until(ExpectedConditions.titleContains("relevancy ≥ 4"));
		assertThat(browser.getCurrentUrl()).contains("minRelevancy=4");
		List<Integer> relevancies = relevancies();
		assertThat(relevancies).isNotEmpty()
			.allSatisfy(relevancy -> assertThat(relevancy).isGreaterThanOrEqualTo(4))
			.isSortedAccordingTo(Comparator.reverseOrder());
		screenshot("02-signals-relevancy-4");

		WebElement themeFacet = browser.findElement(By.xpath("//section[h3='Themes']//a[1]"));
		String theme = themeFacet.findElement(By.tagName("span")).getText();
		themeFacet.click();
		wait.until(ExpectedConditions.titleContains("theme: "));
		assertThat(browser.getCurrentUrl()).contains("minRelevancy=4").contains("theme=");
		assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("theme:");
		assertThat(relevancies()).allSatisfy(relevancy -> assertThat(relevancy).isGreaterThanOrEqualTo(4));
		screenshot("03-signals-theme-" + theme.replaceAll("\\W+", "-"));

		WebElement article = browser.findElement(By.cssSelector("table#rows tbody tr td a[href^='/articles/']"));
		String articleTitle = article.getText();
		article.click();
		wait.until(ExpectedConditions.titleContains(articleTitle));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(articleTitle);
		screenshot("04-article");

		WebElement keyword = browser.findElement(By.cssSelector("a[href^='/keywords/']"));
		String keywordName = keyword.getText();
		keyword.click();
		wait.until(ExpectedConditions.urlContains("/keywords/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(keywordName);
		assertThat(browser.findElements(By.linkText(articleTitle))).isNotEmpty();
		screenshot("05-keyword");

		WebElement search = browser.findElement(By.id("site-q"));
		search.sendKeys("chatbot");
		search.submit();
		wait.until(ExpectedConditions.urlContains("/search"));
		assertThat(browser.findElements(By.tagName("mark"))).isNotEmpty();
		assertThat(browser.getPageSource()).contains("Introducing Vicuna-13B");
		screenshot("06-search");
	}

	@Test
	void theTablesAreUsableOnANarrowScreen() {
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
		try {
			open("/signals?minRelevancy=5");
			assertThat(relevancies()).isNotEmpty().containsOnly(5);
			Long overflow = (Long) browser
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).isLessThanOrEqualTo(0L);
			screenshot("07-signals-375px");
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
		}
	}

	private List<Integer> relevancies() {
		return browser.findElements(By.cssSelector("table#rows tbody tr"))
			.stream()
			.map(row -> Integer.valueOf(row.getAttribute("data-relevancy")))
			.toList();
	}

}
