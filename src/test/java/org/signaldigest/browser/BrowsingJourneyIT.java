package org.signaldigest.browser;

import java.util.Comparator;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey: home, signals filtered with the form, a theme facet, an article, a
 * keyword, a search.
 */
class BrowsingJourneyIT extends BrowserTest {

	@Test
	void fromTheHomePageToSignalsArticlesKeywordsAndSearch() {
		open("/");
		assertThat(page.title()).contains("Signal Digest");
		screenshot("01-home");

		navigationLink("Signals").click();
		waitForTitle("Signals");
		page.locator("form.filters")
			.getByLabel("Relevancy at least", new Locator.GetByLabelOptions().setExact(true))
			.selectOption("4");
		page.locator("form.filters button[type=submit]").click();
		waitForTitle("relevancy ≥ 4");
		assertThat(page.url()).contains("minRelevancy=4");
		List<Integer> relevancies = relevancies();
		assertThat(relevancies).isNotEmpty()
			.allSatisfy(relevancy -> assertThat(relevancy).isGreaterThanOrEqualTo(4))
			.isSortedAccordingTo(Comparator.reverseOrder());
		screenshot("02-signals-relevancy-4");

		Locator themeFacet = page.locator("xpath=//section[h2='Themes']//a[1]").first();
		String theme = themeFacet.locator("span").first().innerText();
		themeFacet.click();
		waitForTitle("theme: ");
		assertThat(page.url()).contains("minRelevancy=4").contains("theme=");
		assertThat(page.locator(".active-filters").innerText()).contains("theme:");
		assertThat(relevancies()).allSatisfy(relevancy -> assertThat(relevancy).isGreaterThanOrEqualTo(4));
		screenshot("03-signals-theme-" + theme.replaceAll("\\W+", "-"));

		Locator article = page.locator("table#rows tbody tr .row-article a[href^='/articles/']").first();
		String articleTitle = article.innerText();
		article.click();
		waitForTitle(articleTitle);
		assertThat(page.locator("h1").innerText()).isEqualTo(articleTitle);
		screenshot("04-article");

		Locator keyword = page.locator("a[href^='/keywords/']").first();
		String keywordName = keyword.innerText();
		keyword.click();
		page.waitForURL(url -> url.contains("/keywords/"));
		assertThat(page.locator("h1").innerText()).contains(keywordName);
		assertThat(links(articleTitle).all()).isNotEmpty();
		screenshot("05-keyword");

		Locator search = page.locator("#site-q");
		search.fill("chatbot");
		search.press("Enter");
		page.waitForURL(url -> url.contains("/search"));
		assertThat(page.locator("mark").all()).isNotEmpty();
		assertThat(page.content()).contains("Introducing Vicuna-13B");
		screenshot("06-search");
	}

	@Test
	void theTablesAreUsableOnANarrowScreen() {
		open("/signals?minRelevancy=5", new Viewport(375, 800));
		assertThat(relevancies()).isNotEmpty().containsOnly(5);
		assertNoHorizontalScroll();
		screenshot("07-signals-375px");
	}

	private List<Integer> relevancies() {
		return page.locator("table#rows tbody tr")
			.all()
			.stream()
			.map(row -> Integer.valueOf(row.getAttribute("data-relevancy")))
			.toList();
	}

}
