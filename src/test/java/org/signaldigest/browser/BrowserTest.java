package org.signaldigest.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
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

	/** A browser window's inner size, in CSS pixels. */
	record Viewport(int width, int height) {
	}

}
