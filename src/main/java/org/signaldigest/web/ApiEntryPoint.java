package org.signaldigest.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * What the APIs answer a request without valid credentials: 401 asking for HTTP Basic,
 * or, when there were too many failed logins, 429 with Retry-After and a JSON problem
 * that says how long to wait.
 */
final class ApiEntryPoint implements AuthenticationEntryPoint {

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	private final MessageSource messages;

	ApiEntryPoint(MessageSource messages) {
		this.messages = messages;
		this.basic.setRealmName("Signal Digest");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
			String detail = this.messages.getMessage("login.throttled",
					new Object[] { LoginController.duration(this.messages, throttled.seconds()) },
					LocaleContextHolder.getLocale());
			Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, detail, request.getRequestURI());
			return;
		}
		this.basic.commence(request, response, authException);
	}

}
