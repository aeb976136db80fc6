package org.signaldigest.upload;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTables;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/import} and the upload limits of the server, over real HTTP. */
@UploadAppTest
class ImportApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportRuns runs;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void goodPagesAre200WithOneEntryEachAndTheRunIsInTheHistory() throws Exception {
		HttpResponse<String> response = post(
				new Multipart().file("files", TestPages.VICUNA + ".md", TestPages.sample(TestPages.VICUNA))
					.file("files", TestPages.OTHER + ".md", TestPages.sample(TestPages.OTHER)),
				UploadAppTest.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.imported", Integer.class)).isEqualTo(2);
		assertThat(json.read("$.updated", Integer.class)).isZero();
		assertThat(json.read("$.unchanged", Integer.class)).isZero();
		assertThat(json.read("$.failed", Integer.class)).isZero();
		assertThat(json.<List<String>>read("$.pages[*].pageId")).containsExactly(TestPages.VICUNA, TestPages.OTHER);
		assertThat(json.<List<String>>read("$.pages[*].file")).containsExactly(TestPages.VICUNA + ".md",
				TestPages.OTHER + ".md");
		assertThat(json.<List<String>>read("$.pages[*].outcome")).containsOnly("imported");
		assertThat(json.<List<Object>>read("$.pages[0].errors")).isEmpty();
		assertThat(json.<List<Object>>read("$.pages[0].warnings")).isEmpty();
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(2);

		ImportRun run = runs.find(json.read("$.run", Long.class)).orElseThrow();
		assertThat(run.via()).isEqualTo("api");
		assertThat(run.fileCount()).isEqualTo(2);
		assertThat(run.imported()).isEqualTo(2);

		HttpResponse<String> again = post(
				new Multipart().file("files", TestPages.VICUNA + ".md", TestPages.sample(TestPages.VICUNA)),
				UploadAppTest.PASSWORD);
		assertThat(JsonPath.parse(again.body()).read("$.unchanged", Integer.class)).isEqualTo(1);
	}

	@Test
	void aFailedPageMakesIt422WithTheErrorAndItsLine() throws Exception {
		HttpResponse<String> response = post(new Multipart().file("files", "good.md", TestPages.page("Good"))
			.file("files", "bad.md",
					"# __Title__, (from page [20240101](https://example.org/p/20240101).)\n\nno section here\n"
						.getBytes(StandardCharsets.UTF_8)),
				UploadAppTest.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(422);
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.imported", Integer.class)).isEqualTo(1);
		assertThat(json.read("$.failed", Integer.class)).isEqualTo(1);
		assertThat(json.read("$.pages[1].outcome", String.class)).isEqualTo("failed");
		assertThat(json.<List<String>>read("$.pages[1].errors")).isNotEmpty();
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(1);
	}

	@Test
	void withoutOrWithWrongCredentialsIt401AndImportsNothing() throws Exception {
		Multipart body = new Multipart().file("files", "good.md", TestPages.page("Good"));
		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/import"))
			.header("Content-Type", body.contentType())
			.POST(body.publisher())
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> wrong = post(new Multipart().file("files", "good.md", TestPages.page("Good")), "wrong");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(DatabaseTables.count(jdbc, "article")).isZero();
		assertThat(DatabaseTables.count(jdbc, "import_run")).isZero();
	}

	@Test
	void aBrowserPostFromAnotherSiteIsRefusedEvenWithTheCredentials() throws Exception {
		Multipart body = new Multipart().file("files", "good.md", TestPages.page("Good"));
		String credentials = Base64.getEncoder()
			.encodeToString((UploadAppTest.USER + ":" + UploadAppTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> crossSite = http.send(HttpRequest.newBuilder(uri("/api/import"))
			.header("Authorization", "Basic " + credentials)
			.header("Origin", "https://elsewhere.example")
			.header("Content-Type", body.contentType())
			.POST(body.publisher())
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(DatabaseTables.count(jdbc, "article")).isZero();
	}

	@Test
	void noFilesIsA400ThatSaysWhy() throws Exception {
		HttpResponse<String> response = post(new Multipart().field("dryRun", "true"), UploadAppTest.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.parse(response.body()).read("$.detail", String.class)).contains("files");
	}

	@Test
	void aRequestOverTheMultipartLimitIsAFriendly413() throws Exception {
		byte[] big = new byte[4 * 1024 * 1024];
		HttpResponse<String> api = post(new Multipart().file("files", "big.zip", big), UploadAppTest.PASSWORD);

		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(JsonPath.parse(api.body()).read("$.detail", String.class)).contains("larger than the 3 MB");

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginToken = csrfToken(
				browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
					.body());
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + UploadAppTest.USER + "&password=" + UploadAppTest.PASSWORD + "&_csrf=" + loginToken))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		String formHtml = browser
			.send(HttpRequest.newBuilder(uri("/import")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher action = Pattern.compile("action=\"(/import\\?_csrf=[^\"]+)\"").matcher(formHtml);
		assertThat(action.find()).isTrue();
		Multipart tooBig = new Multipart().file("files", "big.md", big);
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
			.header("Content-Type", tooBig.contentType())
			.POST(tooBig.publisher())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/import/refused"));
		page = browser.send(HttpRequest.newBuilder(uri("/import/refused")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("class=\"site-header\"")
			.contains("The upload is larger than the 3 MB the server accepts at once")
			.doesNotContain("Apache Tomcat");
		assertThat(DatabaseTables.count(jdbc, "import_run")).isZero();
	}

	@Test
	void twoImportsOfTheSamePagesAtOnceLeaveOneArticlePerPage() throws Exception {
		Callable<HttpResponse<String>> importBoth = () -> post(
				new Multipart().file("files", TestPages.VICUNA + ".md", TestPages.sample(TestPages.VICUNA))
					.file("files", TestPages.OTHER + ".md", TestPages.sample(TestPages.OTHER))
					.file("files", "page.md", TestPages.page("Shared")),
				UploadAppTest.PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<HttpResponse<String>>> responses = pool
				.invokeAll(List.of(importBoth, importBoth, importBoth, importBoth));
			for (Future<HttpResponse<String>> response : responses) {
				assertThat(response.get().statusCode()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(3);
		assertThat(jdbc.sql("select sum(imported) from import_run").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select sum(unchanged) from import_run").query(Long.class).single()).isEqualTo(9);
	}

	private HttpResponse<String> post(Multipart body, String password) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((UploadAppTest.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri("/api/import"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", body.contentType())
			.POST(body.publisher())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrfToken(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
