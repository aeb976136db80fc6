package org.signaldigest.upload;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTables;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload from anyone but the importer (no login, a wrong password, no CSRF token) is
 * refused before a byte of its body is read and before any part is written to disk; the
 * importer's uploads, up to the configured number of parts, still work. Over a real
 * server: Tomcat reads and spools the parts.
 */
@UploadAppTest
class UploadRefusalTest {

	private static final int BODY = 8 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	ServletContext servletContext;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aClientThatAsksFirstIsRefusedWithoutBeingAskedForItsBody() throws Exception {
		String session = anonymousSession();
		List<Refusal> refusals = List.of(new Refusal("/api/import", 401),
				new Refusal("/api/import", 401, "Authorization", basic("wrong")),
				new Refusal("/api/import", 403, "Authorization", basic(UploadAppTest.PASSWORD), "Origin",
						"https://elsewhere.example"),
				new Refusal("/import", 302), new Refusal("/import?_csrf=" + csrfToken(session), 302, "Cookie",
						session.substring(0, session.indexOf(' '))));
		for (Refusal refusal : refusals) {
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(10_000);
				StringBuilder head = new StringBuilder("POST " + refusal.path() + " HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: multipart/form-data; boundary=never-sent\r\nContent-Length: " + BODY
						+ "\r\nExpect: 100-continue\r\n");
				for (int i = 0; i < refusal.headers().length; i += 2) {
					head.append(refusal.headers()[i]).append(": ").append(refusal.headers()[i + 1]).append("\r\n");
				}
				socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));

				String statusLine = responseHead(socket.getInputStream()).split("\r\n")[0];

				assertThat(statusLine).as("the server's first answer to " + refusal + ", before any body")
					.startsWith("HTTP/1.1 " + refusal.status() + " ");
			}
		}
		assertThat(DatabaseTables.count(jdbc, "import_run")).isZero();
	}

	@Test
	void noPartOfARefusedUploadIsWrittenToDiskWhileTheImportersAre() throws Exception {
		Path spool = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
		byte[] page = new byte[1024 * 1024];
		try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
			spool.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);

			assertThat(post("/api/import", upload(page), null).statusCode()).isEqualTo(401);
			assertThat(post("/api/import", upload(page), "wrong").statusCode()).isEqualTo(401);
			assertThat(http
				.send(HttpRequest.newBuilder(uri("/import"))
					.header("Content-Type", upload(page).contentType())
					.POST(upload(page).publisher())
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode()).isEqualTo(302);
			HttpResponse<String> importer = post("/api/import",
					new Multipart().file("files", "page.md", TestPages.page("Spooled")), UploadAppTest.PASSWORD);
			assertThat(importer.statusCode()).isEqualTo(200);

			List<String> created = new ArrayList<>();
			Awaitility.await("the importer's part written to disk").atMost(Duration.ofSeconds(10)).until(() -> {
				created.addAll(uploads(watcher));
				return !created.isEmpty();
			});
			assertThat(created).as("parts spooled: only the importer's one").hasSize(1);
		}
	}

	@Test
	void theImporterMaySendAsManyPartsAsConfiguredAndOneMoreIsRefusedSayingWhy() throws Exception {
		Multipart allowed = new Multipart().file("files", "page.md", TestPages.page("Many parts"));
		for (int i = 1; i < 2000; i++) {
			allowed.file("files", "", new byte[0]);
		}
		HttpResponse<String> response = post("/api/import", allowed, UploadAppTest.PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JsonPath.parse(response.body()).read("$.imported", Integer.class)).isEqualTo(1);

		allowed.file("files", "", new byte[0]);
		HttpResponse<String> tooMany = post("/api/import", allowed, UploadAppTest.PASSWORD);
		assertThat(tooMany.statusCode()).isIn(400, 413);
		assertThat(JsonPath.parse(tooMany.body()).read("$.detail", String.class)).isNotBlank();
	}

	private static Multipart upload(byte[] page) {
		return new Multipart().file("files", "one.md", page).file("files", "two.md", page);
	}

	private HttpResponse<String> post(String path, Multipart body, String password) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", body.contentType())
			.POST(body.publisher());
		if (password != null) {
			request.header("Authorization", basic(password));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The names of upload files created in the spool folder since the last look. */
	private static List<String> uploads(WatchService watcher) {
		List<String> names = new ArrayList<>();
		WatchKey key;
		while ((key = watcher.poll()) != null) {
			for (WatchEvent<?> event : key.pollEvents()) {
				if (event.context() instanceof Path created && created.toString().startsWith("upload_")) {
					names.add(created.toString());
				}
			}
			key.reset();
		}
		return names;
	}

	/** A visitor's session: "JSESSIONID=… " followed by its login page. */
	private String anonymousSession() throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		return cookie + " " + login.body();
	}

	private static String csrfToken(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String basic(String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((UploadAppTest.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private record Refusal(String path, int status, String... headers) {

		@Override
		public String toString() {
			return "POST " + path + " " + String.join(" ", headers).replaceAll("Basic \\S+", "Basic …");
		}

	}

	/** The status line and headers of a response: up to the first empty line. */
	private static String responseHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		int c;
		while ((c = in.read()) >= 0) {
			head.append((char) c);
			if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
				break;
			}
		}
		return head.toString();
	}

}
