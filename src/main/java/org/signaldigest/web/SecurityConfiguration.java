package org.signaldigest.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may do what: reading is public (GET), importing needs the role IMPORTER, by form
 * login in the browser ({@code /import/**}) or HTTP Basic for scripts
 * ({@code POST /api/import}). CSRF tokens on every form, strict security headers
 * everywhere. {@code @WebMvcTest} slices import this class. Not used by the import
 * command (no web server).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ AdminProperties.class, LoginThrottleProperties.class })
public class SecurityConfiguration {

	public static final String IMPORTER = "IMPORTER";

	/**
	 * Where the importer's browser is sent when the server refused an upload before
	 * reading it (see {@link UploadGate}).
	 */
	public static final String REFUSED_UPLOAD_PAGE = "/import/refused";

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/**
	 * The APIs: HTTP Basic, no session; only {@code POST /api/import} writes. Scripts
	 * send it without a CSRF token; a browser always sends an Origin header with a POST,
	 * and then the token is required, so a page elsewhere cannot make a browser that
	 * remembers the importer's Basic credentials import anything. The token is read from
	 * its header only, never from the body: nothing reads an upload before its sender is
	 * known to be the importer ({@link UploadGate}).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager logins, MessageSource messages)
			throws Exception {
		ApiEntryPoint basic = new ApiEntryPoint(messages);
		http.securityMatcher("/api/**")
			.authenticationManager(logins)
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/import")
				.hasRole(IMPORTER)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basic))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new HeaderOnlyCsrfTokens())
				.ignoringRequestMatchers(new AndRequestMatcher(pathPattern(HttpMethod.POST, "/api/import"),
						request -> request.getHeader(HttpHeaders.ORIGIN) == null)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterAfter(new UploadGate(basic, null), BasicAuthenticationFilter.class);
		return headers(http).build();
	}

	/**
	 * The site: public pages, the import pages behind a login form. An upload is read
	 * only once its sender is known to be the importer ({@link UploadGate}, ahead of the
	 * CSRF filter that reads the token from the upload's parts).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http, AuthenticationManager logins) throws Exception {
		http.authenticationManager(logins)
			.authorizeHttpRequests(
					requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers("/import", "/import/**")
						.hasRole(IMPORTER)
						.requestMatchers("/login")
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/**")
						.permitAll()
						.requestMatchers(HttpMethod.HEAD, "/**")
						.permitAll()
						.anyRequest()
						.denyAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.csrf(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new CurrentUserFilter(), AuthorizationFilter.class)
			.addFilterBefore(new UploadGate(new LoginUrlAuthenticationEntryPoint("/login"), REFUSED_UPLOAD_PAGE),
					CsrfFilter.class);
		return headers(http).build();
	}

	/**
	 * The headers of {@link SecurityHeaders}, which also writes them where these chains
	 * do not run.
	 */
	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults())
			.httpStrictTransportSecurity(
					hsts -> hsts.maxAgeInSeconds(SecurityHeaders.HSTS_MAX_AGE_SECONDS).includeSubDomains(true)));
	}

	/**
	 * Both chains check passwords through the {@link LoginThrottle} (and nothing else: no
	 * parent manager to fall back on unthrottled).
	 */
	@Bean
	AuthenticationManager logins(InMemoryUserDetailsManager users, PasswordEncoder encoder, LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * On the clock of a {@link Clock} bean where there is one (tests), else the system's.
	 */
	@Bean
	LoginThrottle loginThrottle(LoginThrottleProperties properties, ObjectProvider<Clock> clock) {
		return new LoginThrottle(properties, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	RequestRejectedHandler rejectedRequests(MessageSource messages) {
		return new RejectedRequestHandler(messages);
	}

	/**
	 * CSRF tokens as Spring Security checks them by default (masked against BREACH), read
	 * from the {@code X-CSRF-TOKEN} header only: a request parameter of a multipart
	 * request is in its body.
	 */
	private static final class HeaderOnlyCsrfTokens implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				Supplier<CsrfToken> deferredCsrfToken) {
			this.tokens.handle(request, response, deferredCsrfToken);
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			return this.tokens.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {

				@Override
				public String getParameter(String name) {
					return null;
				}

			}, csrfToken);
		}

	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** The one importer, whose password is kept only as a BCrypt hash. */
	@Bean
	InMemoryUserDetailsManager users(AdminProperties admin, PasswordEncoder encoder) {
		String password = admin.password();
		if (!admin.hasPassword()) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			log.warn("""

					*** No password is configured for the importer "{}" (set DIGEST_ADMIN_PASSWORD).
					*** Generated for this run only:  {}
					""", admin.username(), password);
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(admin.username()).password(encoder.encode(password)).roles(IMPORTER).build());
	}

}
