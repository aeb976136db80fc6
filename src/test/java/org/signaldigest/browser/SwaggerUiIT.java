package org.signaldigest.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator opens Swagger UI: sent to the login form, then back to it, where it shows
 * the JSON API from its OpenAPI description and runs a request, all under the site's
 * Content-Security-Policy without a single violation.
 */
@TestPropertySource(properties = { "digest.admin.username=operator", "digest.admin.password=swagger-test-secret" })
class SwaggerUiIT extends BrowserTest {

	@Test
	void theOperatorLogsInAndTriesTheApiUnderTheStrictPolicy() {
		List<String> complaints = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				complaints.add(message.text());
			}
		});

		open("/swagger-ui.html");
		page.waitForURL(url -> url.endsWith("/login"));
		page.locator("#login-username").fill("operator");
		page.locator("#login-password").fill("swagger-test-secret");
		page.locator("form.login-form button[type=submit]").click();
		page.waitForURL(url -> url.contains("/swagger-ui/index.html"));

		Locator operations = page.locator(".opblock");
		operations.first().waitFor();
		assertThat(page.locator(".title").first().innerText()).contains("Signal Digest API");
		assertThat(page.locator(".opblock-summary-path").allInnerTexts()).contains("/api/articles",
				"/api/articles/{id}", "/api/{kind}", "/api/{kind}.csv", "/api/import");

		Locator article = page.locator("#operations-article-api-controller-get");
		article.locator(".opblock-summary").click();
		article.getByText("Try it out").click();
		article.locator("input[placeholder=id]").fill("27203920581");
		article.getByText("Execute").click();
		Locator status = article.locator(".live-responses-table tbody .response-col_status").first();
		status.waitFor();
		assertThat(status.innerText()).isEqualTo("200");
		assertThat(article.locator(".live-responses-table .microlight").first().innerText())
			.contains("Introducing Vicuna-13B");
		screenshot("swagger-ui");
		open("/swagger-ui/index.html", PHONE);
		page.locator(".opblock").first().waitFor();
		screenshot("swagger-ui-phone");

		assertThat(complaints).as("errors in the console, Content-Security-Policy violations among them").isEmpty();
	}

}
