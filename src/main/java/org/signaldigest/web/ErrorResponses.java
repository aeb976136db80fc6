package org.signaldigest.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every error is answered: the APIs (every path under /api/, CSV included) in JSON,
 * everything else a page.
 */
public final class ErrorResponses {

	private ErrorResponses() {
	}

	public static Object respond(HttpServletRequest request, HttpStatusCode status, String reason) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, reason));
		}
		return page(status, reason);
	}

	/** The error page in the site's layout, saying what was wrong. */
	public static ModelAndView page(HttpStatusCode status, String reason) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", reason);
		return page;
	}

}
