package org.signaldigest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app as a new user starts it: an empty database gets the sample pages, and the
 * API serves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "digest.samples.load-on-empty-database=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalDigestApplicationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	void leaveTheDatabaseEmpty() {
		DatabaseTables.empty(jdbc);
	}

	@Test
	void everyConnectionPlansEachStatementForItsValuesAndNeverCompilesIt() {
		assertThat(jdbc.sql("select current_setting('plan_cache_mode') || ' ' || current_setting('jit')")
			.query(String.class)
			.single()).isEqualTo("force_custom_plan off");
	}

	@Test
	void servesTheSampleArticlesNewestDigestFirst() throws Exception {
		HttpResponse<String> response = get("/api/articles?size=50");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.page.totalElements", Integer.class)).isEqualTo(SamplePages.COUNT);
		List<String> ids = json.read("$.content[*].id");
		assertThat(ids).hasSize(SamplePages.COUNT)
			.startsWith("001b195bbddec8fb0193b668a70aa883", "da98601c0f6c1c94ef66d98bc8806aca",
					"0a2e0bf6b4a53de0701f6204185f9e36", "00ad32cd528c6694bc92a7385743064c")
			.endsWith("002d4d9211952bdfe5bbac13ccf20947");
	}

	@Test
	void servesOneArticleWithEverythingItsPageSaid() throws Exception {
		HttpResponse<String> response = get("/api/articles/27203920581");

		assertThat(response.statusCode()).isEqualTo(200);
		DocumentContext json = JsonPath.parse(response.body());
		assertThat(json.read("$.id", String.class)).isEqualTo("27203920581");
		assertThat(json.read("$.title", String.class))
			.isEqualTo("Introducing Vicuna-13B: A New Open-Source Chatbot Surpassing ChatGPT Performance");
		assertThat(json.read("$.digestId", String.class)).isEqualTo("20230416");
		assertThat(json.read("$.digestDate", String.class)).isEqualTo("2023-04-16");
		assertThat(json.read("$.digestUrl", String.class)).isEqualTo("https://kghosh.substack.com/p/20230416");
		assertThat(json.read("$.category", String.class)).isEqualTo("technology");
		assertThat(json.read("$.type", String.class)).isEqualTo("blog post");
		assertThat(json.read("$.summary", String.class)).startsWith("Vicuna-13B is a new open-source chatbot");
		assertThat(json.<List<String>>read("$.keywords")).startsWith("Vicuna", "Meta", "Llama").hasSize(10);
		assertThat(json.<List<String>>read("$.themes")).containsExactly("machine learning", "AI", "chatbot",
				"evaluation", "open-source");
		assertThat(json.read("$.signals[0].name", String.class)).isEqualTo("Emergence of Open-Source Chatbots");
		assertThat(json.read("$.signals[0].change", String.class))
			.isEqualTo("Transitioning from proprietary models to open-source alternatives in AI chatbots.");
		assertThat(json.read("$.signals[0].tenYear", String.class))
			.startsWith("In 10 years, open-source chatbots will dominate");
		assertThat(json.read("$.concerns[0].name", String.class)).isEqualTo("Data Quality and Bias");
		assertThat(json.read("$.concerns[0].relevancy", Integer.class)).isEqualTo(4);
		assertThat(json.read("$.concerns[4].relevancy", Integer.class)).isEqualTo(5);
		assertThat(json.<List<Object>>read("$.behaviors")).hasSize(6);
		assertThat(json.<List<Object>>read("$.technologies")).hasSize(5);
		assertThat(json.<List<Object>>read("$.related")).isEmpty();
		assertThat(json.<List<Object>>read("$.warnings")).isEmpty();
	}

	@Test
	void keepsWhatOldPagesSayAndWhatTheImporterNoticed() throws Exception {
		DocumentContext json = JsonPath.parse(get("/api/articles/a4764a556583ffec51fa91aa3564e777").body());

		assertThat(json.read("$.externalUrl", String.class)).contains("Blindsight_(Watts_novel)");
		assertThat(json.read("$.category", String.class)).isNull();
		assertThat(json.read("$.signals[0].description", String.class)).isNull();
		assertThat(json.read("$.signals[0].relevancy", Integer.class)).isNull();
		assertThat(json.<List<String>>read("$.related")).doesNotHaveDuplicates()
			.contains("a4764a556583ffec51fa91aa3564e777");

		DocumentContext exploded = JsonPath.parse(get("/api/articles/002d4d9211952bdfe5bbac13ccf20947").body());
		assertThat(exploded.<List<String>>read("$.themes")).containsExactly("cryptography", "history", "dress",
				"weather", "decoding");
		assertThat(exploded.read("$.digestDate", String.class)).isNull();
		assertThat(exploded.<List<String>>read("$.warnings")).anySatisfy(w -> assertThat(w).startsWith("Keywords"));
	}

	@Test
	void anUnknownArticleIsA404() throws Exception {
		HttpResponse<String> response = get("/api/articles/0000");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JsonPath.parse(response.body()).read("$.detail", String.class)).contains("0000");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
