package org.signaldigest.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.signaldigest.listing.BadParameterException;
import org.signaldigest.listing.FacetCounter;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks what every view shares before it runs, so that a bad value is a 400 that names
 * it instead of being silently replaced (Spring's paging falls back to defaults) or
 * reaching the database (which refuses NUL characters): the parameters could be read at
 * all ({@link RequestParametersFilter}); no parameter may contain a NUL; {@code page} is
 * 0 to {@value #MAX_PAGE}; {@code size} is 1 to {@value #MAX_SIZE}; {@code facetSize} is
 * 1 to {@value FacetCounter#MAX_FACET_SIZE}.
 */
class ParameterCheck implements HandlerInterceptor {

	static final int MAX_SIZE = 200;

	static final int MAX_PAGE = 1_000_000;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// the error page of a request: checked already, or refused before its
			// parameters
			// were read (an upload refused for its sender, whose parts must stay unread)
			return true;
		}
		if (request.getAttribute(RequestParametersFilter.PROBLEM) instanceof String problem) {
			throw new BadParameterException(problem);
		}
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		Map<String, String[]> parameters = request.getParameterMap();
		parameters.forEach((name, values) -> {
			for (String value : values) {
				if (value != null && value.indexOf('\0') >= 0) {
					throw new BadParameterException(name + ": must not contain a NUL character");
				}
			}
		});
		checkRange(parameters, "page", 0, MAX_PAGE);
		checkRange(parameters, "size", 1, MAX_SIZE);
		checkRange(parameters, "facetSize", 1, FacetCounter.MAX_FACET_SIZE);
		return true;
	}

	private static void checkRange(Map<String, String[]> parameters, String name, int min, int max) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0 || values[0].isEmpty()) {
			return;
		}
		long value;
		try {
			value = Long.parseLong(values[0].trim());
		}
		catch (NumberFormatException ex) {
			throw new BadParameterException(name + ": \"" + values[0] + "\" is not a valid value");
		}
		if (value < min || value > max) {
			throw new BadParameterException(name + ": must be between " + min + " and " + max);
		}
	}

}
