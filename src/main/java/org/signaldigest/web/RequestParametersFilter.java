package org.signaldigest.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters before anything else does, so that parameters the
 * server cannot read (a %-escape that is not UTF-8 or is cut short, more parameters than
 * {@code server.tomcat.max-parameter-count}) make one 400 that says why, instead of an
 * exception with a stack trace wherever a parameter happens to be read first (Tomcat
 * throws it again at every later read, the error page's included). Such a request goes on
 * with no parameters at all and the reason in the attribute {@value #PROBLEM}, which
 * {@link ParameterCheck} answers with a 400 in the site's layout or as a JSON problem,
 * after the security filters (so with their headers).
 * <p>
 * The body of a multipart request is never read here: uploads are read only once the
 * security filters have let the importer in. Only its query string is checked.
 */
final class RequestParametersFilter extends OncePerRequestFilter {

	static final String PROBLEM = RequestParametersFilter.class.getName() + ".problem";

	private final MessageSource messages;

	private final int maxParameters;

	RequestParametersFilter(MessageSource messages, int maxParameters) {
		this.messages = messages;
		this.maxParameters = maxParameters;
	}

	/** Also on the error page's dispatch, which reads the same parameters again. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = isMultipart(request) ? queryProblem(request.getQueryString()) : readProblem(request);
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(PROBLEM, problem);
		chain.doFilter(new WithoutParameters(request), response);
	}

	private String readProblem(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return null;
		}
		catch (IllegalStateException ex) {
			String problem = queryProblem(request.getQueryString());
			return problem != null ? problem : message("request.parameters.unreadable");
		}
	}

	/**
	 * @return why the query string's parameters cannot be read, or null when they can
	 */
	String queryProblem(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		int count = 0;
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			count++;
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String decodedName = decode(name);
			if (decodedName == null || equals >= 0 && decode(pair.substring(equals + 1)) == null) {
				return message("request.parameters.undecodable", decodedName == null ? name : decodedName);
			}
		}
		if (maxParameters >= 0 && count > maxParameters) {
			return message("request.parameters.tooMany", maxParameters);
		}
		return null;
	}

	/**
	 * Decodes a query string's name or value as the server does ({@code +} is a space,
	 * {@code %XX} a byte, the bytes UTF-8).
	 * @return the text, or null when a %-escape is cut short or the bytes are not UTF-8
	 */
	static String decode(String encoded) {
		byte[] bytes = new byte[encoded.length() * 4];
		int length = 0;
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
						|| Character.digit(encoded.charAt(i + 2), 16) < 0) {
					return null;
				}
				bytes[length++] = (byte) Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
				i += 2;
			}
			else if (c == '+') {
				bytes[length++] = ' ';
			}
			else {
				for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
					bytes[length++] = b;
				}
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The request as if it had no parameter: nothing after this filter can fail reading
	 * them.
	 */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
