package org.signaldigest.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.TestPage;
import org.signaldigest.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered pages are served again until the data changes, on the whole app and the real
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(EmptyDatabaseExtension.class)
class PageCacheFilterTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageIsRenderedAgainOnlyWhenAnImportChangedTheDataOrTheVisitorAsksForItFresh() throws Exception {
		TestPage.importAll(imports, TestPage.page("p1").signal("Quantum sensing", 4));
		assertThat(get("/signals?minRelevancy=4", false).body()).contains("Quantum sensing");

		// Changed behind the app's back: no import finished, the summaries still say the
		// data is as it was.
		jdbc.sql("update signal set name = 'Quantum sensors'").update();

		HttpResponse<String> cached = get("/signals?minRelevancy=4", false);
		assertThat(cached.body()).contains("Quantum sensing");
		assertThat(cached.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(cached.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(get("/signals?minRelevancy=3", false).body()).contains("Quantum sensors");
		assertThat(get("/signals?minRelevancy=4", true).body()).contains("Quantum sensors");

		jdbc.sql("update signal set name = 'Quantum radar'").update();
		TestPage.importAll(imports, TestPage.page("p2").signal("Edge AI", 3));

		assertThat(get("/signals?minRelevancy=4", false).body()).contains("Quantum radar");
	}

	private HttpResponse<String> get(String path, boolean fresh) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (fresh) {
			request.header("Cache-Control", "no-cache");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
