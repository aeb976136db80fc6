package org.signaldigest.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as a person uses it: the whole app on the sample pages, driven through a
 * headless Chromium by Playwright. The browser is found by {@link ChromiumExecutable}: an
 * installed one, else one that npm brings; never none, so the tests never skip. Each page
 * a test looks at is saved as a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "digest.samples.load-on-empty-database=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final Viewport DESKTOP = new Viewport(1366, 768);

	static final Viewport PHONE = new Viewport(390, 844);

	/** The impacts of the accessibility violations that fail a test. */
	private static final List<String> SERIOUS = List.of("critical", "serious");

	private static final Logger logger = LoggerFactory.getLogger(BrowserTest.class);

	@LocalServerPort
	int port;

	Playwright playwright;

	Page page;

	@BeforeAll
	void startBrowser() {
		ChromiumExecutable chromium = ChromiumExecutable.find();
		long start = System.nanoTime();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		long driverStarted = System.nanoTime();
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium.path()).setArgs(chromium.arguments()));
		page = browser.newPage(new Browser.NewPageOptions().setBaseURL("http://localhost:" + port)
			.setViewportSize(DESKTOP.width(), DESKTOP.height()));
		page.setDefaultTimeout(10_000);
		page.setDefaultNavigationTimeout(30_000);
		logger.info("Browser {} {} ({}) started in {} ms, after Playwright's driver in {} ms", chromium.path(),
				browser.version(), chromium.origin(), (System.nanoTime() - driverStarted) / 1_000_000,
				(driverStarted - start) / 1_000_000);
	}

	@AfterAll
	void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	/** Opens a path of the app at the desktop size. */
	void open(String path) {
		open(path, DESKTOP);
	}

	/** Opens a path of the app at a viewport size, and waits for it to load. */
	void open(String path, Viewport viewport) {
		page.setViewportSize(viewport.width(), viewport.height());
		page.navigate(path);
	}

	/** Waits for the page whose title contains a text, and for it to load. */
	void waitForTitle(String part) {
		page.waitForFunction("part => document.title.includes(part)", part);
		page.waitForLoadState();
	}

	/** Logs in through the login page, and waits for the page it leads to. */
	void logIn(String username, String password) {
		open("/login");
		page.locator("#login-username").fill(username);
		page.locator("#login-password").fill(password);
		page.locator("form.login-form button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/** The link in the site's navigation whose text is exactly this. */
	Locator navigationLink(String text) {
		return page.locator(".site-header nav")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text).setExact(true));
	}

	/** The links whose text is exactly this. */
	Locator links(String text) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	/** The page fits its width: no scrolling sideways. */
	void assertNoHorizontalScroll() {
		@SuppressWarnings("unchecked")
		List<Integer> widths = (List<Integer>) page
			.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		assertThat(widths.get(0)).as("the width of %s at %d px wide", page.url(), widths.get(1))
			.isLessThanOrEqualTo(widths.get(1));
	}

	/** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
	void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
	}

	/**
	 * Runs axe-core (Deque's engine, WCAG 2.1 A and AA and best practices) on the page
	 * and asserts that it finds no critical or serious violation. Legacy mode runs axe in
	 * the page itself: the default mode finishes its run in a new blank page, which the
	 * single-process headless Chromium of {@link ChromiumExecutable} does not survive
	 * (the pages have no frames, the one thing legacy mode would miss).
	 * @param excluded CSS selectors of parts of the page left out of the check
	 */
	void assertNoSeriousAccessibilityViolation(String... excluded) {
		AxeBuilder axe = new AxeBuilder(page).setLegacyMode(true);
		for (String selector : excluded) {
			axe.exclude(selector);
		}
		AxeResults results = axe.analyze();
		assertThat(results.getViolations()
			.stream()
			.filter(rule -> SERIOUS.contains(rule.getImpact()))
			.map(rule -> rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
					+ rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget())).toList())
			.toList()).as("axe-core on %s at %d px wide", page.url(), page.viewportSize().width).isEmpty();
	}

	/**
	 * Asserts that the element is shown, wholly within the width of the window: no
	 * scrolling sideways needed to read it.
	 */
	void assertWithinTheWindow(Locator element) {
		assertThat(element.isVisible()).as("%s is visible", element).isTrue();
		BoundingBox box = element.boundingBox();
		int width = page.viewportSize().width;
		assertThat(box.x).as("the left of %s", element).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("the right of %s, %d px wide", element, width).isLessThanOrEqualTo(width);
	}

	/** A browser window's inner size, in CSS pixels. */
	record Viewport(int width, int height) {
	}

}
