package org.signaldigest.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportService;
import org.signaldigest.importing.PageSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

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

	/** The messages of the alerts, confirms and prompts any page opened. */
	final List<String> dialogs = new ArrayList<>();

	@BeforeAll
	void recordDialogs() {
		page.onDialog(dialog -> {
			dialogs.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
	}

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

		assertThat(page.locator("h1").innerText()).contains("<script>window.pwned = 'title'</script>");
		assertThat(page.locator("main").innerText()).contains("<script>window.pwned = 'summary'</script>")
			.contains("<img src=x onerror=\"window.pwned = 'img'\">");
		for (Locator link : page.locator("main a").all()) {
			assertThat(String.valueOf(link.evaluate("link => link.href"))).doesNotStartWith("javascript:")
				.doesNotStartWith("data:");
		}
		links("click me").click();
		page.waitForLoadState();
		screenshot("08-hostile-article");
		assertNothingRan();
	}

	@Test
	void tablesAndSearchShowTheMarkupAsText() {
		open("/signals?q=hostile");
		assertThat(page.locator("table#rows").innerText())
			.contains("<img src=x onerror=\"window.pwned = 'cell'\"> hostile signal");
		screenshot("09-hostile-signals");
		assertNothingRan();

		open("/search?q=hostile");
		assertThat(page.locator("main").innerText()).contains("<script>");
		screenshot("10-hostile-search");
		assertNothingRan();
	}

	@Test
	void theRadarShowsTheMarkupAsText() {
		open("/radar?q=hostile");
		assertThat(page.locator(".radar-items").innerText())
			.contains("<img src=x onerror=\"window.pwned = 'cell'\"> hostile signal");
		assertThat(page.locator("svg.radar-chart a.radar-dot title").first().textContent())
			.startsWith("1. <img src=x onerror=\"window.pwned = 'cell'\"> hostile signal — Hostile <script>");
		assertNothingRan();
	}

	private void assertNothingRan() {
		assertThat(page.evaluate("window.pwned === undefined ? null : String(window.pwned)")).isNull();
		assertThat(dialogs).isEmpty();
	}

}
