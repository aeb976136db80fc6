package org.signaldigest.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
		browser.findElement(By.cssSelector(".site-header nav")).findElement(By.linkText("Import")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("login-username")).sendKeys("importer");
		browser.findElement(By.id("login-password")).sendKeys("browser-test-secret");
		screenshot("import-login");
		browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/import"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import pages");
		assertThat(browser.findElement(By.cssSelector(".site-header")).getText()).contains("Log out (importer)");

		browser.findElement(By.id("import-files"))
			.sendKeys(String.join("\n", vicuna.toAbsolutePath().toString(), fresh.toAbsolutePath().toString(),
					broken.toAbsolutePath().toString(), zip.toAbsolutePath().toString()));
		browser.findElement(By.cssSelector("form.upload-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/import/runs/\\d+$"));
		wait.until(driver -> driver.findElements(By.cssSelector("meta[http-equiv=refresh]")).isEmpty()
				&& !driver.findElements(By.id("report")).isEmpty());

		List<WebElement> rows = browser.findElements(By.cssSelector("table#report tbody tr"));
		assertThat(rows).hasSize(6);
		assertThat(browser.findElement(By.cssSelector(".totals")).getText()).contains("3\nimported", "1\nunchanged",
				"1\nfailed", "1\nskipped");
		WebElement brokenRow = browser.findElement(By.xpath("//table[@id='report']//tr[td//span[text()='broken']]"));
		assertThat(brokenRow.getAttribute("data-outcome")).isEqualTo("failed");
		assertThat(brokenRow.getText()).contains("Error:");
		assertThat(browser.findElement(By.id("report")).getText()).contains("more.zip", "2024/zipped-one.md",
				"readme.txt");
		screenshot("import-report");

		browser.findElement(By.linkText(VICUNA)).click();
		wait.until(ExpectedConditions.urlContains("/articles/" + VICUNA));
		assertThat(browser.getCurrentUrl()).endsWith("/articles/" + VICUNA);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Introducing Vicuna-13B");
		screenshot("import-article");

		open("/import/history");
		assertThat(browser.findElement(By.id("runs")).getText()).contains("importer");
		screenshot("import-history");
	}

	private static byte[] page(String title) {
		return ("# __" + title + "__, (from page [20240101](https://example.org/p/20240101).)\n\n## Summary\n\n"
				+ "About " + title + ".\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
