package org.signaldigest.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may do what, the login form, CSRF and the security headers, on the whole app. */
@SpringBootTest(
		properties = { "digest.admin.username=" + SecurityTest.USER, "digest.admin.password=" + SecurityTest.PASSWORD })
@AutoConfigureMockMvc
class SecurityTest {

	static final String USER = "importer";

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	/** The login throttle's clock, moved by the tests. */
	@TestConfiguration
	static class Clocks {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		}

	}

	@Test
	void anonymousImportPagesRedirectToTheLoginForm() throws Exception {
		mvc.perform(get("/import")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/import/history")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousApiImportIsA401AskingForBasicAuth() throws Exception {
		mvc.perform(multipart("/api/import"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin("/login").user(USER).password("wrong"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(multipart("/api/import").with(httpBasic(USER, "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void theRightPasswordLogsInWithANewSessionId() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult login = mvc
			.perform(post("/login").param("username", USER).param("password", PASSWORD).with(csrf()).session(session))
			.andExpect(authenticated().withUsername(USER).withRoles(SecurityConfiguration.IMPORTER))
			.andReturn();
		assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void theLoginPageIsInTheLayoutWithLabelledFieldsAndACsrfToken() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"login-username\">User name</label>")))
			.andExpect(content().string(containsString("<label for=\"login-password\">Password</label>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("class=\"site-header\"")))
			.andExpect(content().string(containsString(">Log in</a>")));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", USER).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		mvc.perform(post("/logout").with(csrf().useInvalidToken())).andExpect(status().isForbidden());
	}

	@Test
	void otherWritesAreRefusedEvenToTheImporter() throws Exception {
		mvc.perform(post("/signals").with(csrf()).with(user(USER).roles(SecurityConfiguration.IMPORTER)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/signals").with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/api/articles").with(httpBasic(USER, PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void publicPagesStayPublicAndCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/signals"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					"default-src 'self'; script-src 'self';"
							+ " style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
							+ " form-action 'self'; frame-ancestors 'none'"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(content().string(not(containsString("Log out"))));
		mvc.perform(get("/api/articles"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theLayoutNamesTheLoggedInUserAndLogsOutByPost() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(USER).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();

		mvc.perform(get("/signals").session(session))
			.andExpect(content().string(containsString("Log out (importer)")))
			.andExpect(content().string(containsString("action=\"/logout\" method=\"post\"")));
		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/import").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void failedLoginsOnTheFormAreThrottledWithAClearMessageAndTheWaitEnds() throws Exception {
		forgetEarlierFailures();
		for (int i = 0; i < 6; i++) {
			mvc.perform(login(USER, "wrong " + i, "198.51.100.7")).andExpect(redirectedUrl("/login?error"));
		}
		MockHttpSession session = (MockHttpSession) mvc.perform(login(USER, PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated())
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/login?error").session(session))
			.andExpect(content().string(containsString(
					"Too many failed logins for this user name or from this address. Try again in 1 second.")));

		clock.advance(Duration.ofSeconds(1));
		mvc.perform(login(USER, PASSWORD, "198.51.100.7")).andExpect(authenticated().withUsername(USER));
	}

	@Test
	void failedBasicLoginsAreA429WithRetryAfterAndAJsonProblem() throws Exception {
		forgetEarlierFailures();
		for (int i = 0; i < 6; i++) {
			mvc.perform(multipart("/api/import").with(httpBasic(USER, "wrong")).with(from("198.51.100.8")))
				.andExpect(status().isUnauthorized());
		}
		for (int i = 0; i < 4; i++) {
			clock.advance(Duration.ofSeconds(1L << i));
			mvc.perform(multipart("/api/import").with(httpBasic(USER, "wrong")).with(from("198.51.100.8")))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(multipart("/api/import").with(httpBasic(USER, PASSWORD)).with(from("198.51.100.8")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "16"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(
					"Too many failed logins for this user name or from this address." + " Try again in 16 seconds."));
		mvc.perform(multipart("/api/import").with(httpBasic(USER, PASSWORD)).with(from("198.51.100.9")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void theImporterStillLogsInFromWhereTheyDidBeforeWhileOthersGuessTheirPassword() throws Exception {
		forgetEarlierFailures();
		mvc.perform(login(USER, PASSWORD, "192.0.2.10")).andExpect(authenticated());
		for (int i = 0; i < 12; i++) {
			mvc.perform(login(USER, "guess", "203.0.113." + i));
		}

		mvc.perform(login(USER, PASSWORD, "203.0.113.99")).andExpect(unauthenticated());
		mvc.perform(login(USER, PASSWORD, "192.0.2.10")).andExpect(authenticated().withUsername(USER));
	}

	@Test
	void strictTransportSecurityOnlyOverHttps() throws Exception {
		mvc.perform(get("/signals").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/signals")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	/** Failures of the other tests are forgotten an hour and a quarter later. */
	private void forgetEarlierFailures() {
		clock.advance(Duration.ofHours(2));
	}

	/** The login form posted from this address. */
	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
