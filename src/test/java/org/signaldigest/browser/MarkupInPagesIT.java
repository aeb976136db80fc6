package org.signaldigest.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportService;
import org.signaldigest.importing.PageSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A page carrying hostile markup is stored as text and shown escaped: nothing it carries
 * runs in the browser.
 */
class MarkupInPagesIT extends BrowserTest {

	private static final String PAGE = """
			# __Hostile <script>window.pwned = 'title'</script> page__, (from page [20240101](https://example.org/p/20240101).)

			__[External link](javascript:window.pwned='external')__

			## Summary

			Look <script>window.pwned = 'summary'</script> here <img src=x onerror="window.pwned = 'img'">
			and [click me](javascript:window.pwned='link') or [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).

			## Keywords

			* <script>window.pwned = 'keyword'</script>

			## Signals

			| name | description | relevancy |
			|:--|:--|--:|
			| <img src=x onerror="window.pwned = 'cell'"> hostile signal | <script>window.pwned = 'cell'</script> chatbot | 5 |
			""";

	@Autowired
	ImportService imports;

	@BeforeAll
	void importTheHostilePage() {
		byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
		assertThat(imports
			.importSources(List.of(new PageSource("hostile.md", "hostile.md", () -> bytes)), false, ImportListener.NONE)
			.count(ImportOutcome.IMPORTED)).isEqualTo(1);
	}

	@Test
	void theArticlePageShowsTheMarkupAsText() {
		open("/articles/hostile");

		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>window.pwned = 'title'</script>");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("<script>window.pwned = 'summary'</script>")
			.contains("<img src=x onerror=\"window.pwned = 'img'\">");
		for (var link : browser.findElements(By.cssSelector("main a"))) {
			assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWith("javascript:")
				.doesNotStartWith("data:");
		}
		browser.findElement(By.linkText("click me")).click();
		screenshot("08-hostile-article");
		assertNothingRan();
	}

	@Test
	void tablesAndSearchShowTheMarkupAsText() {
		open("/signals?q=hostile");
		assertThat(browser.findElement(By.cssSelector("table#rows")).getText())
			.contains("<img src=x onerror=\"window.pwned = 'cell'\"> hostile signal");
		screenshot("09-hostile-signals");
		assertNothingRan();

		open("/search?q=hostile");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("<script>");
		screenshot("10-hostile-search");
		assertNothingRan();
	}

	@Test
	void theRadarShowsTheMarkupAsText() {
		open("/radar?q=hostile");
		assertThat(browser.findElement(By.cssSelector("table#rows")).getText())
			.contains("<img src=x onerror=\"window.pwned = 'cell'\"> hostile signal");
		assertThat(browser.findElement(By.cssSelector("svg.radar-chart a.radar-dot title")).getAttribute("textContent"))
			.startsWith("<img src=x onerror=\"window.pwned = 'cell'\"> hostile signal — Hostile <script>");
		assertNothingRan();
	}

	private void assertNothingRan() {
		assertThat(browser.executeScript("return window.pwned === undefined ? null : String(window.pwned);")).isNull();
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}

}
