package org.signaldigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP to one instance of the app on a port of this machine, as a script or a
 * browser without JavaScript sends it: headers given as "Name: value", redirects not
 * followed, cookies only where a test sends them.
 */
public final class AppClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	public AppClient(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body,
			String... headers) {
		return send(request(path, headers).header("Content-Type", contentType).POST(body));
	}

	/**
	 * Logs in on the login form as a browser does (its page, then its POST with the CSRF
	 * token and the session cookie of the page).
	 * @return the logged-in session's cookie, as a {@code Cookie} header
	 */
	public String logIn(String username, String password) {
		HttpResponse<String> form = get("/login");
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		HttpResponse<String> login = post(
				"/login", "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString("username="
						+ encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1))),
				cookie(form));
		assertThat(login.statusCode()).as("the login's answer").isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).as("where the login sends the browser").doesNotContain("error"));
		return cookie(login);
	}

	/** POSTs a form, {@code application/x-www-form-urlencoded}. */
	public HttpResponse<String> postForm(String path, String form, String... headers) {
		return post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(form), headers);
	}

	/** The CSRF token of the (first) form of a page. */
	public static String csrfToken(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("a form's CSRF token").isTrue();
		return token.group(1);
	}

	/** The session cookie a response set, as a {@code Cookie} header. */
	public static String cookie(HttpResponse<?> response) {
		String setCookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
		return "Cookie: " + setCookie.substring(0, setCookie.indexOf(';'));
	}

	/** An {@code Authorization} header for HTTP Basic. */
	public static String basic(String username, String password) {
		return "Authorization: Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60));
		for (String header : headers) {
			int colon = header.indexOf(':');
			request.header(header.substring(0, colon), header.substring(colon + 1).strip());
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
