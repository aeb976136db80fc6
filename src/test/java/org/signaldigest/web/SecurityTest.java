package org.signaldigest.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

}
