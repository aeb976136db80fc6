package org.signaldigest.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall rejects ({@code //}, {@code %2e%2e},
 * {@code ;jsessionid=}, …) never reaches the filters that write the security headers:
 * they are written here, then the 400 says why, as the error page or, under /api/, as a
 * JSON problem.
 */
final class RejectedRequestHandler implements RequestRejectedHandler {

	private final MessageSource messages;

	RejectedRequestHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		SecurityHeaders.WRITER.writeHeaders(request, response);
		String reason = this.messages.getMessage("request.rejected", new Object[] { ex.getMessage() },
				LocaleContextHolder.getLocale());
		String uri = request.getRequestURI();
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			Problems.write(response, HttpStatus.BAD_REQUEST, reason, uri);
			return;
		}
		response.sendError(HttpStatus.BAD_REQUEST.value(), reason);
	}

}
