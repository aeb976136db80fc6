package org.signaldigest.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers the requests Tomcat itself refuses before the application sees them (an address
 * it cannot decode or normalize, such as {@code /%2e%2e/} or {@code %ff}, a request line
 * or header over its size limit): with the security headers the application's responses
 * carry, and a body that says why (a short page, or a JSON problem under /api/) instead
 * of Tomcat's own error page. Every other request goes on untouched.
 */
final class ServerRejectionValve extends ValveBase {

	private final MessageSource messages;

	ServerRejectionValve(MessageSource messages) {
		super(true);
		this.messages = messages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!response.isError() || response.isCommitted()) {
			getNext().invoke(request, response);
			return;
		}
		int status = response.getStatus();
		String reason = this.messages.getMessage(
				"request.refusedByServer", new Object[] { response.getMessage() == null
						? HttpStatus.valueOf(status).getReasonPhrase() : response.getMessage() },
				LocaleContextHolder.getLocale());
		response.setSuspended(false);
		response.resetBuffer();
		response.setErrorReported();
		SecurityHeaders.WRITER.writeHeaders(request, response);
		String uri = request.getRequestURI();
		if (uri != null && uri.startsWith("/api/")) {
			Problems.write(response, HttpStatus.valueOf(status), reason, null);
			return;
		}
		response.setContentType("text/html");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String title = this.messages.getMessage("error.title", new Object[] { status },
				LocaleContextHolder.getLocale());
		response.getWriter()
			.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
					+ HtmlUtils.htmlEscape(title) + "</title>\n<link rel=\"stylesheet\" href=\"/css/app.css\">\n"
					+ "</head>\n<body>\n<main id=\"main\" class=\"error-page\">\n<h1>" + HtmlUtils.htmlEscape(title)
					+ "</h1>\n<p class=\"reason\">" + HtmlUtils.htmlEscape(reason) + "</p>\n<p><a href=\"/\">"
					+ HtmlUtils
						.htmlEscape(this.messages.getMessage("error.back", null, LocaleContextHolder.getLocale()))
					+ "</a></p>\n</main>\n</body>\n</html>\n");
	}

}
