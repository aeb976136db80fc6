package org.signaldigest.system;

import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad parameter of a JSON API gets a 400 problem that names the parameter and says what is wrong with it. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrorHandler {

	@ExceptionHandler(BindException.class)
	ProblemDetail badParameter(BindException ex) {
		String reasons = ex.getFieldErrors().stream().map(ApiErrorHandler::reason).collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reasons);
		problem.setTitle("Bad parameter");
		return problem;
	}

	private static String reason(FieldError error) {
		if (error.isBindingFailure()) {
			return error.getField() + ": \"" + error.getRejectedValue() + "\" is not a valid value";
		}
		return error.getField() + ": " + error.getDefaultMessage();
	}

}
