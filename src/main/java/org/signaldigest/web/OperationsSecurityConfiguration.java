package org.signaldigest.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * What operators use: the Actuator endpoints, the OpenAPI description of the JSON API and
 * Swagger UI. Health (with its liveness and readiness groups) is public, for load
 * balancers and orchestrators, and says no more than UP or DOWN to anyone but the
 * importer; everything else needs the importer's login: HTTP Basic (a Prometheus scraper,
 * curl) or the session of the login form (a browser, sent to the form first and back to
 * Swagger UI after it). Read only: any other method than GET and HEAD is refused. Basic
 * logins make no session. The site's strict Content-Security-Policy everywhere, but that
 * Swagger UI's page may have inline styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OperationsSecurityConfiguration {

	/** Swagger UI's page and its scripts and styles. */
	static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(pathPattern("/swagger-ui.html"),
			pathPattern("/swagger-ui/**"));

	private static final HeaderWriter POLICY = new ContentSecurityPolicyHeaderWriter(
			SecurityHeaders.CONTENT_SECURITY_POLICY);

	private static final HeaderWriter SWAGGER_UI_POLICY = new ContentSecurityPolicyHeaderWriter(
			SecurityHeaders.SWAGGER_UI_CONTENT_SECURITY_POLICY);

	static final RequestMatcher OPERATIONS = new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
			pathPattern("/v3/api-docs"), pathPattern("/v3/api-docs/**"), SWAGGER_UI);

	@Bean
	@Order(0)
	SecurityFilterChain operationsSecurity(HttpSecurity http, AuthenticationManager logins, MessageSource messages)
			throws Exception {
		ApiEntryPoint basic = new ApiEntryPoint(messages);
		HttpSessionRequestCache swaggerUiOnly = new HttpSessionRequestCache();
		swaggerUiOnly.setRequestMatcher(SWAGGER_UI);
		http.securityMatcher(OPERATIONS)
			.authenticationManager(logins)
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/**")
				.denyAll()
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.hasRole(SecurityConfiguration.IMPORTER)
				.requestMatchers(HttpMethod.HEAD, "/**")
				.hasRole(SecurityConfiguration.IMPORTER)
				.anyRequest()
				.denyAll())
			.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), SWAGGER_UI)
				.defaultAuthenticationEntryPointFor(basic, AnyRequestMatcher.INSTANCE))
			.requestCache(cache -> cache.requestCache(swaggerUiOnly));
		return SecurityConfiguration.headers(http, OperationsSecurityConfiguration::contentSecurityPolicy).build();
	}

	/**
	 * The site's policy, but for Swagger UI's pages, whose script sets inline styles
	 * ({@link SecurityHeaders#SWAGGER_UI_CONTENT_SECURITY_POLICY}).
	 */
	private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
		(SWAGGER_UI.matches(request) ? SWAGGER_UI_POLICY : POLICY).writeHeaders(request, response);
	}

}
