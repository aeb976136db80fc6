package org.signaldigest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.signaldigest.upload.UploadAppTest;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests, generated here, to every page, feed, API and export, over a real
 * server: huge and negative numbers, dates of years 0, 10000, 99999 and +5874898, long
 * strings, NUL, %-escapes that are not UTF-8 or are cut short, a parameter repeated 1000
 * times, too many parameters, addresses the firewall or Tomcat refuses. Each one is
 * answered 200, or 400/404 with its reason (a page, or a JSON problem under /api/), with
 * the security headers, never a 5xx, never an error logged.
 */
@UploadAppTest
class HostileRequestsTest {

	/** What each address reads: its filters, paging, sorting. */
	private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

	private static final List<String> FILTER = List.of("q", "minRelevancy", "relevancy", "theme", "keyword", "category",
			"type", "from", "to", "sort", "page", "size");

	private static final List<String> PAGING = List.of("page", "size", "sort");

	static {
		for (String filtered : List.of("/signals", "/concerns", "/api/behaviors", "/api/technologies.csv",
				"/issues.atom", "/articles", "/api/articles", "/api/articles.csv", "/articles.atom", "/trends",
				"/radar")) {
			PARAMETERS.put(filtered, FILTER);
		}
		PARAMETERS.put("/", List.of());
		PARAMETERS.put("/digests", PAGING);
		PARAMETERS.put("/digests/20230416", List.of());
		PARAMETERS.put("/articles/27203920581", List.of());
		PARAMETERS.put("/api/articles/27203920581", List.of());
		PARAMETERS.put("/keywords", List.of("prefix", "page", "size", "sort"));
		PARAMETERS.put("/themes", List.of("prefix", "page", "size", "sort"));
		PARAMETERS.put("/keywords/zoom", PAGING);
		PARAMETERS.put("/themes/ai.atom", List.of());
		PARAMETERS.put("/search", List.of("q"));
		PARAMETERS.put("/login", List.of("error", "logout"));
		PARAMETERS.put("/import/history", PAGING);
		PARAMETERS.put("/import/runs/1", List.of());
	}

	/** Values as they are sent, %-escapes and all. */
	private static final List<String> VALUES = List.of("99999999999999999999", "-1", "0", "%2B5874898-01-01",
			"-4714-11-24", "0000-01-01", "%2B10000-01-01", "99999-12-31", "x".repeat(300), "%00", "%ff", "%ed%a0%80",
			"%e2%82", "%", "title,desc,asc", "%22%3E%3Cscript%3E");

	private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
			"X-Content-Type-Options", "Referrer-Policy", "Cache-Control", "X-XSS-Protection");

	private static final Pattern REASON = Pattern.compile("<p class=\"reason\">([^<]+)</p>");

	@LocalServerPort
	int port;

	private RawHttp http;

	private String importer;

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void listenToTheLogsAndLogIn() {
		http = new RawHttp(port);
		logged.start();
		root().addAppender(logged);
		LoggerFactory.getLogger(HostileRequestsTest.class).info("Listening to the logs");
		assertThat(logged.list).as("the logs are listened to").isNotEmpty();
		importer = logIn();
	}

	@AfterEach
	void stopListening() {
		root().detachAppender(logged);
	}

	@Test
	void everyParameterOfEveryAddressAnswersBadValuesWithA400ThatSaysWhy() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, List<String>> address : PARAMETERS.entrySet()) {
			List<String> names = new ArrayList<>(address.getValue());
			names.add("unknown");
			for (String name : names) {
				for (String value : VALUES) {
					check(address.getKey() + "?" + name + "=" + value, failures);
					requests++;
				}
				check(address.getKey() + "?" + repeated(name + "=1", 1000), failures);
				check(address.getKey() + "?" + repeated(name + "=2024-01-0" + 1, 1000), failures);
				requests += 2;
			}
			check(address.getKey() + "?" + name("%ff") + "=1", failures);
			check(address.getKey() + "?from=2024-01-02&to=2024-01-01", failures);
			requests += 2;
		}
		assertThat(failures).as("of %d requests", requests).isEmpty();
		assertNothingLogged();
	}

	@Test
	void theReasonsNameTheParameterAndWhatIsWrong() {
		assertReason("/signals?to=%2B5874898-01-01", 400, "to: must be a date from 0001-01-01 to 9999-12-31");
		assertReason("/api/signals?from=0000-01-01", 400, "from: must be a date from 0001-01-01 to 9999-12-31");
		assertReason("/api/articles.csv?to=%2B10000-01-01", 400, "to: must be a date from 0001-01-01 to 9999-12-31");
		assertReason("/trends?q=%ff", 400, "q: is not valid UTF-8, or has a %-escape cut short");
		assertReason("/api/signals.csv?theme=%e2%82", 400, "theme: is not valid UTF-8, or has a %-escape cut short");
		assertReason("/search?q=a%", 400, "q: is not valid UTF-8, or has a %-escape cut short");
		assertReason("/radar?" + repeated("a", 2101), 400, "more than 2,100 parameters");
		assertReason("/api/issues?" + repeated("a", 2101), 400, "more than 2,100 parameters");
		assertReason("/signals?page=2000000", 400, "page: must be between 0 and 1000000");
		assertReason("/api/articles.csv?relevancy=5", 400, "articles have no relevancy");
		assertReason("/api/signals?minRelevancy=99999999999999999999", 400, "minRelevancy");
		assertReason("/digests/%ff", 400, "The server could not read this request");
		assertReason("/api/articles/%00", 400, "The server could not read this request");
		assertReason("/search?q=" + "x".repeat(100_000), 400, "The server could not read this request");
		assertNothingLogged();
	}

	@Test
	void addressesTheFirewallOrTomcatRefuseAre400sWithTheSameSecurityHeadersAsAnyPage() {
		RawHttp.Response page = http.get("/signals", "Accept: text/html", "X-Forwarded-Proto: https");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		for (String target : List.of("//signals", "/signals;jsessionid=0123456789", "/digests/%2e%2e",
				"/static/../signals", "/%2e%2e/signals", "/signals%2f..", "/api/%2e%2e/signals", "/articles/%ff",
				"/api/articles/%00", "/keywords/%c3%28", "/search?q=" + "x".repeat(100_000))) {
			RawHttp.Response refused = http.get(target, "Accept: text/html", "X-Forwarded-Proto: https");
			assertThat(refused.status()).as(RawHttp.abbreviated(target)).isEqualTo(400);
			assertThat(reason(refused)).as(RawHttp.abbreviated(target)).isNotBlank();
			for (String header : SECURITY_HEADERS) {
				assertThat(refused.header(header)).as(RawHttp.abbreviated(target) + " " + header)
					.isEqualTo(page.header(header));
			}
			if (target.length() < 8192) {
				// (a request whose header is over the limit is not read as far as its
				// X-Forwarded-Proto)
				assertThat(refused.header("Strict-Transport-Security")).as(RawHttp.abbreviated(target))
					.isEqualTo(page.header("Strict-Transport-Security"));
			}
			assertThat(http.get(target, "Accept: text/html").header("Strict-Transport-Security")).as("over plain HTTP")
				.isNull();
		}
		assertNothingLogged();
	}

	@Test
	void strictTransportSecurityOverHttpsOrBehindATlsProxyOnly() {
		assertThat(http.get("/").header("Strict-Transport-Security")).isNull();
		assertThat(http.get("/", "X-Forwarded-Proto: https").header("Strict-Transport-Security"))
			.isEqualTo("max-age=31536000 ; includeSubDomains");
		assertThat(http.get("/api/signals", "X-Forwarded-Proto: https").header("Strict-Transport-Security"))
			.isEqualTo("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void theSessionCookieIsSameSiteLaxHttpOnlyAndSecureOverHttps() {
		String plain = http.get("/login").header("Set-Cookie");
		assertThat(plain).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(http.get("/login", "X-Forwarded-Proto: https").header("Set-Cookie")).contains("Secure", "HttpOnly",
				"SameSite=Lax");
	}

	private void check(String target, List<String> failures) {
		boolean api = target.startsWith("/api/");
		List<String> headers = new ArrayList<>(List.of(api ? "Accept: application/json" : "Accept: text/html,*/*"));
		if (target.startsWith("/import/")) {
			headers.add("Cookie: " + importer);
		}
		RawHttp.Response response = http.get(target, headers.toArray(String[]::new));
		String what = RawHttp.abbreviated(target) + " → " + response.status();
		if (response.status() != 200 && response.status() != 400 && response.status() != 404) {
			failures.add(what + " " + abbreviate(response.body()));
		}
		else if (response.status() != 200 && (reason(response) == null || reason(response).isBlank())) {
			failures.add(what + " without a reason: " + abbreviate(response.body()));
		}
		if (response.header("Content-Security-Policy") == null) {
			failures.add(what + " without the security headers");
		}
	}

	private void assertReason(String target, int status, String reason) {
		boolean api = target.startsWith("/api/");
		RawHttp.Response response = http.get(target, api ? "Accept: application/json" : "Accept: text/html");
		assertThat(response.status()).as(RawHttp.abbreviated(target)).isEqualTo(status);
		if (api) {
			assertThat(response.header("Content-Type")).as(RawHttp.abbreviated(target))
				.startsWith("application/problem+json");
		}
		assertThat(reason(response)).as(RawHttp.abbreviated(target)).contains(reason);
	}

	/** The reason of an error: the page's, or the JSON problem's detail. */
	private static String reason(RawHttp.Response response) {
		String type = response.header("Content-Type");
		if (type != null && type.contains("json")) {
			Matcher detail = Pattern.compile("\"(?:detail|message)\":\"((?:[^\"\\\\]++|\\\\.)*+)\"")
				.matcher(response.body());
			return detail.find() ? detail.group(1) : null;
		}
		Matcher reason = REASON.matcher(response.body());
		return reason.find() ? reason.group(1) : null;
	}

	private void assertNothingLogged() {
		List<String> errors = logged.list.stream()
			.filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR)
					|| event.getLevel().isGreaterOrEqual(Level.WARN) && event.getThrowableProxy() != null)
			.map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage())
			.collect(Collectors.toList());
		assertThat(errors).isEmpty();
	}

	/** Logs in as the importer with the form, as a browser does: the session cookie. */
	private String logIn() {
		RawHttp.Response form = http.get("/login");
		String cookie = form.header("Set-Cookie").split(";")[0];
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		byte[] body = ("username=" + UploadAppTest.USER + "&password=" + name(UploadAppTest.PASSWORD) + "&_csrf="
				+ name(token.group(1)))
			.getBytes(StandardCharsets.UTF_8);
		RawHttp.Response login = http.send("POST", "/login", body, "Cookie: " + cookie,
				"Content-Type: application/x-www-form-urlencoded");
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).doesNotContain("error");
		return login.header("Set-Cookie").split(";")[0];
	}

	private static String name(String text) {
		return text.startsWith("%") ? text : URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String repeated(String parameter, int times) {
		return String.join("&", java.util.Collections.nCopies(times, parameter));
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
