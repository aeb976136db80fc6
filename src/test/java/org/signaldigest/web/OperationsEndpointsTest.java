package org.signaldigest.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.AppClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and load balancers use, over real HTTP: health public (UP or DOWN, the
 * details for the importer), everything else of Actuator, the OpenAPI description and
 * Swagger UI behind the importer's login, by HTTP Basic or the login form; read only; the
 * site's strict Content-Security-Policy but on Swagger UI's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "digest.admin.username=" + OperationsEndpointsTest.USER,
				"digest.admin.password=" + OperationsEndpointsTest.PASSWORD })
class OperationsEndpointsTest {

	static final String USER = "operator";

	static final String PASSWORD = "correct horse battery staple";

	private static final String IMPORTER = AppClient.basic(USER, PASSWORD);

	private static final List<String> BEHIND_THE_LOGIN = List.of("/actuator", "/actuator/info", "/actuator/metrics",
			"/actuator/metrics/jvm.memory.used", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/swagger-config");

	@LocalServerPort
	int port;

	private AppClient app;

	@BeforeEach
	void client() {
		app = new AppClient(port);
	}

	@Test
	void healthAndItsProbesArePublicSayOnlyUpAndMakeNoSession() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> health = app.get(path);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(JsonPath.parse(health.body()).read("$.status", String.class)).as(path).isEqualTo("UP");
			assertThat(health.body()).as(path).doesNotContain("components", "details");
			assertThat(health.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void theImporterSeesWhatHealthIsMadeOfReadinessTheDatabaseLivenessNot() {
		DocumentContext health = JsonPath.parse(app.get("/actuator/health", IMPORTER).body());
		assertThat(health.read("$.components.db.status", String.class)).isEqualTo("UP");
		assertThat(health.<List<String>>read("$.groups")).containsExactly("liveness", "readiness");

		assertThat(JsonPath.parse(app.get("/actuator/health/readiness", IMPORTER).body())
			.<Map<String, Object>>read("$.components")).containsOnlyKeys("db", "readinessState");
		assertThat(JsonPath.parse(app.get("/actuator/health/liveness", IMPORTER).body())
			.<Map<String, Object>>read("$.components")).containsOnlyKeys("livenessState");
	}

	@Test
	void everythingElseAsksScriptsForTheImportersBasicLogin() {
		for (String path : BEHIND_THE_LOGIN) {
			HttpResponse<String> anonymous = app.get(path);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path)
				.hasValue("Basic realm=\"Signal Digest\"");
			assertThat(app.get(path, AppClient.basic(USER, "wrong")).statusCode()).as(path).isEqualTo(401);
			HttpResponse<String> importer = app.get(path, IMPORTER);
			assertThat(importer.statusCode()).as(path).isEqualTo(200);
			assertThat(importer.headers().allValues("Set-Cookie")).as("a session made by Basic on " + path).isEmpty();
		}
	}

	@Test
	void aBrowserIsSentToTheLoginFormAndItsSessionOpensEverything() {
		assertThat(app.get("/swagger-ui.html").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(app.get("/swagger-ui/index.html").statusCode()).isEqualTo(302);

		String session = app.logIn(USER, PASSWORD);
		assertThat(app.get("/swagger-ui/index.html", session).body()).contains("swagger-initializer.js");
		assertThat(app.get("/actuator/prometheus", session).statusCode()).isEqualTo(200);
		assertThat(app.get("/v3/api-docs", session).statusCode()).isEqualTo(200);
	}

	@Test
	void nothingIsWrittenEvenByTheImporter() {
		for (String path : List.of("/actuator/health", "/actuator/metrics", "/v3/api-docs")) {
			assertThat(app.post(path, "application/json", HttpRequest.BodyPublishers.ofString("{}"), IMPORTER)
				.statusCode()).as("POST " + path).isEqualTo(403);
		}
	}

	@Test
	void theOpenApiDescriptionCoversTheJsonApiOnlyAndItsWritesNeedTheImporter() {
		DocumentContext api = JsonPath.parse(app.get("/v3/api-docs", IMPORTER).body());

		assertThat(api.read("$.info.title", String.class)).isEqualTo("Signal Digest API");
		assertThat(api.<Map<String, Object>>read("$.paths")).containsOnlyKeys("/api/articles", "/api/articles/{id}",
				"/api/articles.csv", "/api/{kind}", "/api/{kind}.csv", "/api/import");
		assertThat(api.<List<String>>read("$.paths['/api/articles'].get.parameters[*].name")).contains("q",
				"minRelevancy", "theme", "from", "to", "page", "size", "sort");
		assertThat(api.<List<Object>>read("$.paths['/api/import'].post.security[*].importer")).hasSize(1);
		assertThat(api.<Map<String, Object>>read(
				"$.paths['/api/import'].post.requestBody.content['multipart/form-data'].schema.properties"))
			.containsKey("files");
		assertThat(api.<Map<String, Object>>read("$.paths['/api/articles'].get")).doesNotContainKey("security");
		assertThat(api.read("$.components.securitySchemes.importer.scheme", String.class)).isEqualTo("basic");
	}

	@Test
	void theStrictPolicyEverywhereButOnSwaggerUisPage() {
		String strict = SecurityHeaders.CONTENT_SECURITY_POLICY;
		assertThat(app.get("/actuator/health").headers().firstValue("Content-Security-Policy")).hasValue(strict);
		assertThat(app.get("/actuator/prometheus", IMPORTER).headers().firstValue("Content-Security-Policy"))
			.hasValue(strict);
		assertThat(app.get("/v3/api-docs", IMPORTER).headers().firstValue("Content-Security-Policy")).hasValue(strict);
		assertThat(app.get("/swagger-ui/index.html", IMPORTER).headers().firstValue("Content-Security-Policy"))
			.hasValue(SecurityHeaders.SWAGGER_UI_CONTENT_SECURITY_POLICY);
		assertThat(SecurityHeaders.SWAGGER_UI_CONTENT_SECURITY_POLICY).contains("script-src 'self';",
				"style-src 'self' 'unsafe-inline';", "frame-ancestors 'none'");
	}

}
