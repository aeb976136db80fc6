package org.signaldigest.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A bad parameter is a 400 and an unknown thing a 404, saying what was wrong: as a page
 * in the site's layout for people, as {@code application/problem+json} for the APIs.
 * Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(BindException.class)
	Object badParameters(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		startOver(response);
		String reasons = ex.getAllErrors().stream().map(ErrorAdvice::reason).collect(Collectors.joining("; "));
		return ErrorResponses.respond(request, HttpStatus.BAD_REQUEST, reasons);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badPathOrParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		startOver(response);
		return ErrorResponses.respond(request, HttpStatus.BAD_REQUEST,
				ex.getName() + ": \"" + ex.getValue() + "\" is not a valid value");
	}

	@ExceptionHandler(ResponseStatusException.class)
	Object withStatus(ResponseStatusException ex, HttpServletRequest request, HttpServletResponse response) {
		startOver(response);
		return ErrorResponses.respond(request, ex.getStatusCode(), ex.getReason());
	}

	/** The database failed: logged in full, answered without its details. */
	@ExceptionHandler(DataAccessException.class)
	Object databaseFailure(DataAccessException ex, HttpServletRequest request, HttpServletResponse response) {
		startOver(response);
		log.error("The database failed on {}", request.getRequestURI(), ex);
		return ErrorResponses.respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
				"The database could not answer this request.");
	}

	/**
	 * Forgets what the handler had begun to answer, while nothing is sent yet: an export
	 * that had taken the response's writer and set its CSV headers before a filter turned
	 * out bad. The session cookie stays.
	 */
	private static void startOver(HttpServletResponse response) {
		if (response.isCommitted()) {
			return;
		}
		List<String> cookies = List.copyOf(response.getHeaders(HttpHeaders.SET_COOKIE));
		response.reset();
		cookies.forEach(cookie -> response.addHeader(HttpHeaders.SET_COOKIE, cookie));
	}

	private static String reason(ObjectError error) {
		if (error instanceof FieldError field) {
			if (field.isBindingFailure()) {
				return field.getField() + ": \"" + field.getRejectedValue() + "\" is not a valid value";
			}
			return field.getField() + ": " + field.getDefaultMessage();
		}
		return error.getDefaultMessage();
	}

}
