package org.signaldigest.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An importer logs in, uploads three pages (one broken) and a zip in one go, reads the
 * report, opens an article. The sample pages are loaded, so the Vicuna page is unchanged.
 */
@TestPropertySource(properties = { "digest.admin.username=importer", "digest.admin.password=browser-test-secret" })
class ImportUploadIT extends BrowserTest {

	private static final String VICUNA = "27203920581";

	@Test
	void logInUploadReadTheReportAndOpenAnArticle() throws IOException {
		Path folder = Files.createTempDirectory("signal-digest-upload-it");
		Path vicuna = Files.write(folder.resolve(VICUNA + ".md"),
				new ClassPathResource("samples/" + VICUNA + ".md").getContentAsByteArray());
		Path fresh = Files.write(folder.resolve("fresh-page.md"), page("A fresh page"));
		Path broken = Files.write(folder.resolve("broken.md"), "just some text".getBytes(StandardCharsets.UTF_8));
		Path zip = folder.resolve("more.zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
			for (String name : List.of("2024/zipped-one.md", "2024/zipped-two.md")) {
				entries.putNextEntry(new ZipEntry(name));
				entries.write(page("Page " + name));
				entries.closeEntry();
			}
			entries.putNextEntry(new ZipEntry("readme.txt"));
			entries.write("not a page".getBytes(StandardCharsets.UTF_8));
			entries.closeEntry();
		}

		open("/");
		navigationLink("Import").click();
		page.waitForURL(url -> url.contains("/login"));
		page.locator("#login-username").fill("importer");
		page.locator("#login-password").fill("browser-test-secret");
		screenshot("import-login");
		page.locator("form.login-form button[type=submit]").click();
		page.waitForURL(url -> url.contains("/import"));
		assertThat(page.locator("h1").innerText()).isEqualTo("Import pages");
		assertThat(page.locator(".site-header").innerText()).contains("Log out (importer)");

		page.locator("#import-files").setInputFiles(new Path[] { vicuna, fresh, broken, zip });
		page.locator("form.upload-form button[type=submit]").click();
		page.waitForURL(Pattern.compile("/import/runs/\\d+$"));
		// the report reloads itself while the run goes on
		page.waitForFunction("() => !document.querySelector('meta[http-equiv=refresh]')"
				+ " && document.getElementById('report') !== null");
		page.waitForLoadState();

		List<Locator> rows = page.locator("table#report tbody tr").all();
		assertThat(rows).hasSize(6);
		assertThat(page.locator(".totals").innerText()).contains("3\nimported", "1\nunchanged", "1\nfailed",
				"1\nskipped");
		Locator brokenRow = page.locator("xpath=//table[@id='report']//tr[td//span[text()='broken']]");
		assertThat(brokenRow.getAttribute("data-outcome")).isEqualTo("failed");
		assertThat(brokenRow.innerText()).contains("Error:");
		assertThat(page.locator("#report").innerText()).contains("more.zip", "2024/zipped-one.md", "readme.txt");
		screenshot("import-report");

		links(VICUNA).click();
		page.waitForURL(url -> url.contains("/articles/" + VICUNA));
		assertThat(page.url()).endsWith("/articles/" + VICUNA);
		assertThat(page.locator("h1").innerText()).startsWith("Introducing Vicuna-13B");
		screenshot("import-article");

		open("/import/history");
		assertThat(page.locator("#runs").innerText()).contains("importer");
		screenshot("import-history");
	}

	@Test
	void aDryRunIsImportedForRealFromItsReportWithoutChoosingTheFilesAgain() throws IOException {
		Path folder = Files.createTempDirectory("signal-digest-dry-run-it");
		Path dry = Files.write(folder.resolve("dry-then-real.md"), page("Checked first"));

		logIn("importer", "browser-test-secret");
		try {
			importForRealAfterADryRun(dry);
		}
		finally {
			page.locator("form.site-account button").click();
			page.waitForURL(url -> url.contains("/login"));
		}
	}

	private void importForRealAfterADryRun(Path dry) {
		open("/import");
		page.locator("#import-files").setInputFiles(dry);
		page.getByLabel("Dry run: check and report, write nothing").check();
		page.locator("form.upload-form button[type=submit]").click();
		page.waitForURL(Pattern.compile("/import/runs/\\d+$"));
		String dryRun = page.url();
		page.waitForFunction("() => document.querySelector('form.import-for-real') !== null");
		assertThat(page.locator("h1").innerText()).startsWith("Dry run");
		assertThat(page.locator(".totals").innerText()).contains("1\nwould import");
		assertThat(page.locator("table#report").innerText()).doesNotContain("Error:");
		screenshot("import-dry-run-report");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these files for real")).click();
		page.waitForURL(url -> url.matches(".*/import/runs/\\d+$") && !url.equals(dryRun));
		page.waitForFunction("() => !document.querySelector('meta[http-equiv=refresh]')"
				+ " && document.getElementById('report') !== null");
		assertThat(page.locator("h1").innerText()).startsWith("Import ");
		assertThat(page.locator(".totals").innerText()).contains("1\nimported");
		links("dry-then-real").click();
		page.waitForURL(url -> url.endsWith("/articles/dry-then-real"));
		assertThat(page.locator("h1").innerText()).isEqualTo("Checked first");

		// the files were taken: the dry run no longer offers them
		open(dryRun.replaceAll("^https?://[^/]+", ""));
		assertThat(page.locator("form.import-for-real").count()).isZero();
		screenshot("import-dry-run-after");
	}

	private static byte[] page(String title) {
		return ("# __" + title + "__, (from page [20240101](https://example.org/p/20240101).)\n\n## Summary\n\n"
				+ "About " + title + ".\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
