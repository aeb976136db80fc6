package org.signaldigest.web;

import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
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

	@ExceptionHandler(BindException.class)
	Object badParameters(BindException ex, HandlerMethod handler) {
		String reasons = ex.getAllErrors().stream().map(ErrorAdvice::reason).collect(Collectors.joining("; "));
		return respond(handler, HttpStatus.BAD_REQUEST, reasons);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badPathOrParameter(MethodArgumentTypeMismatchException ex, HandlerMethod handler) {
		return respond(handler, HttpStatus.BAD_REQUEST, ex.getName() + ": \"" + ex.getValue() + "\" is not a valid value");
	}

	@ExceptionHandler(ResponseStatusException.class)
	Object withStatus(ResponseStatusException ex, HandlerMethod handler) {
		return respond(handler, ex.getStatusCode(), ex.getReason());
	}

	private static Object respond(HandlerMethod handler, HttpStatusCode status, String reason) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
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
