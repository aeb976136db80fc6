package org.signaldigest.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the real collection at 1366 px and on a phone (issue 15): every page fits its
 * window, a row shows its article and digest date without scrolling sideways, the tables'
 * controls people expect (rows per page, columns, sort, facets, choices with counts) keep
 * their state in the URL, digest dates typed wrong stay out of the latest digests and the
 * charts, and search leads to the row it found.
 */
class ReadingIT extends WideCorpusBrowserTest {

	/**
	 * A page of the collection dated 2029-09-11 (digest id 20290911): after its import.
	 */
	private static final String DATED_2029 = "001b195bbddec8fb0193b668a70aa883";

	@Test
	void theTablesFitTheWindowWithTheArticleAndDigestDateOfEveryRow() {
		for (Viewport viewport : List.of(DESKTOP, PHONE)) {
			String size = "-" + viewport.width();
			for (String path : List.of("/signals?minRelevancy=4", "/concerns", "/issues?theme=technology")) {
				open(path, viewport);
				assertNoHorizontalScroll();
				List<Locator> rows = page.locator("table#rows tbody tr").all();
				assertThat(rows).isNotEmpty();
				for (Locator row : rows.subList(0, Math.min(3, rows.size()))) {
					assertWithinTheWindow(row.locator(".row-article a"));
					assertWithinTheWindow(row.locator("td.date"));
				}
				screenshot("reading-" + path.substring(1).replaceAll("\\W+", "-") + size);
			}
			open("/articles", viewport);
			assertNoHorizontalScroll();
			Locator first = page.locator("table#rows tbody tr").first();
			assertWithinTheWindow(first.locator("th.name a"));
			assertWithinTheWindow(first.locator("td.date time"));
			screenshot("reading-articles" + size);
			for (String path : List.of("/", "/digests", "/digests/20251231-a-yearly-review", "/articles/" + DATED_2029,
					"/keywords/ai", "/themes", "/trends", "/search?q=privacy")) {
				open(path, viewport);
				assertNoHorizontalScroll();
				screenshot("reading-" + (path.equals("/") ? "home" : path.substring(1).replaceAll("\\W+", "-")) + size);
			}
		}
	}

	@Test
	void onAPhoneTheHeadingComesBeforeTheFiltersAndTheRowsAreCards() {
		open("/signals?minRelevancy=4", PHONE);
		double heading = page.locator("h1").boundingBox().y;
		assertThat(page.locator("form.filters").boundingBox().y).isGreaterThan(heading);
		assertThat(page.locator("table#rows").boundingBox().y).isLessThan(page.locator("form.filters").boundingBox().y);
		Locator jump = links("Filters");
		assertThat(jump.boundingBox().y).isGreaterThan(heading);
		Locator row = page.locator("table#rows tbody tr").first();
		assertThat(row.evaluate("row => getComputedStyle(row).display")).isEqualTo("grid");
		assertThat(row.locator("td[data-label='Description']")
			.evaluate("cell => getComputedStyle(cell, '::before').content")).isEqualTo("\"Description\"");
		screenshot("reading-phone-cards");
	}

	@Test
	void aLongTextShowsItsFirstLinesUntilTheRowsMoreIsOpened() {
		open("/signals?sort=description,desc", DESKTOP);
		Locator row = page.locator("table#rows tbody tr.long").first();
		Locator description = row.locator("td.text .cell-text").first();
		double clamped = description.boundingBox().height;
		double lineHeight = ((Number) description.evaluate("cell => parseFloat(getComputedStyle(cell).lineHeight)"))
			.doubleValue();
		assertThat(clamped).isLessThanOrEqualTo(3 * lineHeight + 1);

		row.locator("details.more summary").click();
		assertThat(row.locator("details.more").getAttribute("open")).isNotNull();
		assertThat(description.boundingBox().height).isGreaterThan(clamped);
		screenshot("reading-more-open");
	}

	@Test
	void rowsPerPageAndHiddenColumnsStayInTheUrlAndTheFilterFormKeepsThem() {
		open("/signals", DESKTOP);
		page.locator(".page-sizes")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("20").setExact(true))
			.click();
		page.waitForURL(url -> url.contains("size=20"));
		assertThat(page.locator("table#rows tbody tr").all()).hasSize(20);
		assertThat(page.locator(".page-sizes a[aria-current]").innerText()).isEqualTo("20");

		page.locator(".column-choice summary").click();
		page.locator(".column-choice a", new Page.LocatorOptions().setHasText("Change")).click();
		page.waitForURL(url -> url.contains("hide=change"));
		assertThat(page.locator("table#rows thead").innerText()).doesNotContain("Change").contains("Description");
		assertThat(page.locator("table#rows tbody tr").first().locator("td").allInnerTexts()).hasSize(5);

		page.locator("form.filters")
			.getByLabel("Relevancy at least", new Locator.GetByLabelOptions().setExact(true))
			.selectOption("4");
		page.locator("form.filters button[type=submit]").click();
		waitForTitle("relevancy ≥ 4");
		assertThat(page.url()).contains("minRelevancy=4", "size=20", "hide=change");
		assertThat(page.locator("table#rows thead").innerText()).doesNotContain("Change");
		screenshot("reading-size-20-without-change");
	}

	@Test
	void theSortedColumnShowsItsOrderByDefaultAndWhenChosen() {
		open("/signals", DESKTOP);
		Locator relevancy = page.locator("table#rows thead th").first();
		assertThat(relevancy.getAttribute("aria-sort")).isEqualTo("descending");
		assertThat(relevancy.innerText()).contains("▼");

		page.locator("table#rows thead th a", new Page.LocatorOptions().setHasText("Digest date")).click();
		page.waitForURL(url -> url.contains("sort=digestDate,asc"));
		assertThat(page.locator("table#rows thead th[aria-sort=ascending]").innerText()).contains("Digest date", "▲");
		assertThat(relevancy.getAttribute("aria-sort")).isEqualTo("none");
	}

	@Test
	void theFormChoosesACategoryWithItsCountAndChipsAndTitlesNameTheTerms() {
		open("/signals", DESKTOP);
		Locator category = page.locator("form.filters")
			.getByLabel("Category", new Locator.GetByLabelOptions().setExact(true));
		assertThat(category.evaluate("select => select.tagName")).isEqualTo("SELECT");
		List<String> options = category.locator("option").allInnerTexts();
		assertThat(options.get(0)).isEqualTo("any");
		assertThat(options).anyMatch(option -> option.matches("technology \\(\\d+\\)"))
			.anyMatch(option -> option.matches("science \\(\\d+\\)"));
		category.selectOption("technology");
		page.locator("form.filters button[type=submit]").click();
		waitForTitle("category: technology");
		// counted as if no category were chosen: the other categories stay on offer
		assertThat(category.locator("option").allInnerTexts()).anyMatch(option -> option.startsWith("science ("));
		assertThat(category.inputValue()).isEqualTo("technology");

		page.locator("xpath=//section[h2='Themes']//a[span/span='technology']").click();
		waitForTitle("theme: technology");
		open("/articles?theme=business-model", DESKTOP);
		assertThat(page.locator("h1").innerText()).isEqualTo("Articles — theme: business models");
		assertThat(page.locator(".active-filters").innerText()).contains("theme: business models")
			.doesNotContain("business-model");
		assertThat(page.locator("aside").innerText()).contains("Keywords", "Categories", "Types");
		screenshot("reading-articles-theme-business-models");
	}

	@Test
	void aFacetShowsMoreOfItsValuesInABookmarkableView() {
		open("/signals", DESKTOP);
		Locator keywords = page.locator("xpath=//section[h2='Keywords']");
		assertThat(keywords.locator("li").all()).hasSize(10);
		keywords.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Show more (Keywords)")).click();
		page.waitForURL(url -> url.contains("facetSize=100"));
		assertThat(page.locator("xpath=//section[h2='Keywords']//li").all()).hasSizeGreaterThan(10);
		screenshot("reading-more-keywords");
	}

	@Test
	void aDigestDateAfterItsImportIsFlaggedListedAndNeverTheLatest() {
		open("/", DESKTOP);
		List<String> latest = page.locator("xpath=//section[h2='Latest digests']//li/a").allInnerTexts();
		assertThat(latest).hasSize(5).doesNotContain("20290911", "20290830").startsWith("20260621");
		assertThat(page.locator("#home-months .axis.months text").allTextContents())
			.noneMatch(label -> label.contains("2027") || label.contains("2029"));
		screenshot("reading-home-latest");

		open("/articles/" + DATED_2029, DESKTOP);
		Locator flag = page.locator("#date-flag a");
		assertThat(flag.innerText()).startsWith("Digest date unconfirmed: it is after the import of the article");
		flag.click();
		page.waitForURL(url -> url.contains("unconfirmedDate=true"));
		assertThat(page.locator("table#rows tbody th.name a").allInnerTexts()).hasSize(5)
			.anyMatch(title -> title.startsWith("Benjamin Franklin"));
		assertThat(page.locator("h1").innerText()).isEqualTo("Articles — digest date missing or unconfirmed");
		screenshot("reading-unconfirmed-dates");
	}

	@Test
	void aSearchHitShowsItsRelevancyAndDateAndLeadsToItsRow() {
		open("/search?q=privacy", DESKTOP);
		Locator hit = page.locator("#group-signals li.hit").first();
		assertThat(hit.locator(".badge").count()).isEqualTo(1);
		assertThat(hit.locator("time.hit-date").getAttribute("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		Locator name = hit.locator("a.hit-name");
		String signal = name.innerText();
		String anchor = name.getAttribute("href").replaceAll(".*#", "");
		assertThat(anchor).matches("signals-\\d+");
		name.click();
		page.waitForURL(url -> url.contains("#" + anchor));
		Locator row = page.locator("tr#" + anchor);
		assertThat(row.locator("th.name > span").first().innerText()).isEqualTo(signal);
		assertWithinTheWindow(row.locator("th.name"));
		// scrolled to: at the top of the window (a collapsed border may stick out by half
		// a pixel)
		assertThat(row.boundingBox().y).isBetween(-1.0, (double) DESKTOP.height());
		screenshot("reading-search-hit-row");
	}

}
