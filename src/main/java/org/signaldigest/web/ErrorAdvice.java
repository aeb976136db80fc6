package org.signaldigest.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A bad parameter is a 400 and an unknown thing a 404, saying what was wrong: as a page in the site's layout for
 * people, as {@code application/problem+json} for the APIs. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(BindException.class)
	Object badParameters(BindException ex, HttpServletRequest request) {
		String reasons = ex.getAllErrors().stream().map(ErrorAdvice::reason).collect(Collectors.joining("; "));
		return respond(request, HttpStatus.BAD_REQUEST, reasons);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badPathOrParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, ex.getName() + ": \"" + ex.getValue() + "\" is not a valid value");
	}

	@ExceptionHandler(ResponseStatusException.class)
	Object withStatus(ResponseStatusException ex, HttpServletRequest request) {
		return respond(request, ex.getStatusCode(), ex.getReason());
	}

	/** The database failed: logged in full, answered without its details. */
	@ExceptionHandler(DataAccessException.class)
	Object databaseFailure(DataAccessException ex, HttpServletRequest request) {
		log.error("The database failed on {}", request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "The database could not answer this request.");
	}

	/** The APIs (every path under /api/, CSV included) answer in JSON; everything else is a page. */
	private static Object respond(HttpServletRequest request, HttpStatusCode status, String reason) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", reason);
		return page;
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
