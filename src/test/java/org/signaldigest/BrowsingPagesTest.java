package org.signaldigest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browsing pages over a real server on the sample pages: every page renders, ids with
 * dots route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(EmptyDatabaseExtension.class)
class BrowsingPagesTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@BeforeEach
	void importSamples() {
		SamplePages.importAll(imports);
	}

	@Test
	void digestIdsWithDotsAndDashesRoute() throws Exception {
		HttpResponse<String> dotted = get("/digests/4320.0");
		assertThat(dotted.statusCode()).isEqualTo(200);
		assertThat(dotted.body()).contains("<h1>Digest 4320.0</h1>",
				"href=\"/articles/002d4d9211952bdfe5bbac13ccf20947\"");

		assertThat(get("/digests/20251231-a-yearly-review").body())
			.contains("href=\"/articles/00ad32cd528c6694bc92a7385743064c\"");
		assertThat(get("/digests/4320").statusCode()).isEqualTo(404);
		assertThat(get("/digests").body()).contains("17 digests", "href=\"/digests/4320.0\"");
	}

	@Test
	void articlesPagesRender() throws Exception {
		HttpResponse<String> list = get("/articles?theme=ai");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("<h1>Articles — theme: AI</h1>", "<strong>1 matching article</strong>",
				"href=\"/articles/27203920581\"");

		HttpResponse<String> article = get("/articles/27203920581");
		assertThat(article.statusCode()).isEqualTo(200);
		assertThat(article.body()).contains("<h1>Introducing Vicuna-13B", "href=\"/digests/20230416\"",
				"<time datetime=\"2023-04-16\">16 Apr 2023</time>", "href=\"/themes/machine-learning\"",
				"<p>Vicuna-13B is a new open-source chatbot", "rel=\"noopener noreferrer\"");
		assertThat(get("/articles/a4764a556583ffec51fa91aa3564e777").body())
			.contains("more related pages are not imported here.")
			.doesNotContain("68b115eb29e9ef169ba04736821c9a8f");
		assertThat(get("/articles/no-such-page").statusCode()).isEqualTo(404);
	}

	@Test
	void filtersArticlesCannotTakeAreRefusedAndUnsafeLinksAreNotLinked() throws Exception {
		HttpResponse<String> articles = get("/articles?minRelevancy=4");
		assertThat(articles.statusCode()).isEqualTo(400);
		assertThat(articles.body()).contains("articles have no relevancy");
		HttpResponse<String> api = get("/api/articles.csv?relevancy=5");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		byte[] page = """
				# __Sneaky__, (from page [20240102](javascript:alert(1)).)

				## Summary

				Nothing to see.
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		imports.importSources(List.of(new org.signaldigest.importing.PageSource("sneaky.md", "sneaky.md", () -> page)),
				false, ImportListener.NONE);
		HttpResponse<String> digest = get("/digests/20240102");
		assertThat(digest.statusCode()).isEqualTo(200);
		assertThat(digest.body()).contains("href=\"/articles/sneaky\"").doesNotContain("javascript:");
	}

	@Test
	void aNulCharacterInAParameterIsA400() throws Exception {
		assertThat(get("/search?q=%00").statusCode()).isEqualTo(400);
		assertThat(get("/keywords?prefix=a%00").statusCode()).isEqualTo(400);
		HttpResponse<String> api = get("/api/signals?theme=a%00b");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("theme: must not contain a NUL character");
	}

	@Test
	void homeAndExportsWork() throws Exception {
		// the page dated 2029-09-11, after its import, is never the latest digest (issue
		// 15.2)
		assertThat(get("/").body())
			.contains("<strong>17</strong>", "href=\"/digests/20260419\"", "Most relevant signals of digest 20260419")
			.doesNotContain("href=\"/digests/20290911\"");

		HttpResponse<String> csv = get("/api/articles.csv?category=technology");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"articles.csv\"");
		assertThat(csv.body().split("\r\n")).hasSize(1 + 3);
		assertThat(get("/api/articles.csv?sort=password").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
