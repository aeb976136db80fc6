package org.signaldigest.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal radar on the sample pages, at a desktop's and a phone's size: numbered dots
 * and the numbered list beside them, the list the keyboard's way (the chart takes no
 * focus), its view and filters bookmarkable, no sideways scrolling, and no serious
 * accessibility violation that axe-core finds.
 */
class RadarIT extends BrowserTest {

	@Test
	void theRadarNumbersItsDotsAsItsListAndFitsADesktopAndAPhone() {
		open("/");
		navigationLink("Radar").click();
		waitForTitle("Signal radar");
		for (Viewport viewport : List.of(DESKTOP, PHONE)) {
			open("/radar", viewport);
			waitForTitle("Signal radar");
			Locator chart = page.locator("svg.radar-chart");
			assertThat(chart.getAttribute("aria-hidden")).isEqualTo("true");
			List<String> dots = chart.locator("a.radar-dot text").allTextContents();
			assertThat(dots).hasSize(50);
			assertThat(page.locator(".radar-items .radar-num").allTextContents()).isEqualTo(dots);
			assertThat(chart.locator("a.radar-dot").evaluateAll("dots => dots.every(dot => dot.tabIndex === -1)"))
				.isEqualTo(true);
			assertThat(chart.locator("a.radar-dot .halo").count()).isPositive();
			assertThat(page.locator(".summary-line").innerText()).containsPattern("^Top 50 of 9\\d matching signals");
			assertNoHorizontalScroll();
			assertNoSeriousAccessibilityViolation();
			screenshot("11-radar-" + viewport.width());
			page.locator(".radar-settings").evaluate("settings => settings.scrollIntoView()");
			screenshot("11-radar-chart-" + viewport.width());
			page.locator(".radar-key").evaluate("key => key.scrollIntoView()");
			screenshot("12-radar-list-" + viewport.width());
		}
	}

	@Test
	void theKeyboardGoesThroughTheListNotTheChart() {
		open("/radar");
		Locator first = page.locator(".radar-items a").first();
		first.focus();
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.closest('.radar-items') !== null")).isEqualTo(true);
		assertThat(page.evaluate("document.activeElement.closest('svg') === null")).isEqualTo(true);
		@SuppressWarnings("unchecked")
		List<Object> stops = (List<Object>) page.evaluate("""
				[...document.querySelectorAll('.radar a, .radar button, .radar input')]
				  .filter(element => element.tabIndex >= 0).map(element => element.textContent)""");
		int sectors = page.locator(".radar-sector h3 a").count();
		assertThat(sectors).isBetween(1, 8);
		assertThat(stops).as("the list's 50 links, the sectors' names, the link to the table")
			.hasSize(50 + sectors + 1);

		String article = first.getAttribute("href");
		assertThat(article).matches("/articles/[^#]+#signals");
		first.focus();
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith(article));
		assertThat(page.locator("h1").innerText()).isNotBlank();
	}

	@Test
	void theViewAndTheFiltersAreChosenOnThePageAndKeptInItsAddress() {
		open("/radar");
		page.locator(".radar-settings").getByText("by relevancy").click();
		page.waitForURL(url -> url.contains("rings=relevancy"));
		assertThat(page.locator(".radar-settings [aria-current]").allTextContents()).containsExactly("by category",
				"by relevancy", "top 50");
		assertThat(page.locator(".radar-key h4").allTextContents()).allMatch(ring -> ring.startsWith("Relevancy "));
		assertThat(page.locator(".radar-note").innerText())
			.containsPattern("\\d+ more matching signals have no relevancy");

		page.locator("form.filters")
			.getByLabel("Relevancy at least", new Locator.GetByLabelOptions().setExact(true))
			.selectOption("5");
		page.locator("form.filters button[type=submit]").click();
		waitForTitle("relevancy ≥ 5");
		assertThat(page.url()).contains("rings=relevancy").contains("minRelevancy=5");
		assertThat(page.locator(".radar-key h4").allTextContents()).containsOnly("Relevancy 5");
		screenshot("13-radar-relevancy-5");

		page.locator(".radar-settings").getByText("by theme").click();
		page.waitForURL(url -> url.contains("sectors=theme"));
		Locator choices = page.locator("form.radar-themes input[type=checkbox]");
		assertThat(choices.count()).isGreaterThan(6);
		choices.nth(0).uncheck();
		page.locator("form.radar-themes button[type=submit]").click();
		page.waitForURL(url -> url.contains("sectorTheme="));
		assertThat(page.url()).contains("rings=relevancy").contains("minRelevancy=5");
		assertThat(page.locator("form.radar-themes input[type=checkbox]:checked").count()).isEqualTo(5);
		assertNoHorizontalScroll();
		assertNoSeriousAccessibilityViolation();
		screenshot("14-radar-by-theme");
	}

	/**
	 * axe-core finds nothing critical or serious. Legacy mode runs it in the page itself:
	 * the default opens and closes a page of its own, which ends a single-process
	 * Chromium.
	 */
	private void assertNoSeriousAccessibilityViolation() {
		List<Rule> violations = new AxeBuilder(page).setLegacyMode(true).analyze().getViolations();
		assertThat(violations)
			.filteredOn(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
			.extracting(rule -> rule.getId() + ": " + rule.getNodes().get(0).getTarget())
			.as("axe-core's critical and serious violations on %s", page.url())
			.isEmpty();
	}

}
