package org.signaldigest.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link Links}. */
@ControllerAdvice
class LinksAdvice {

	@ModelAttribute("links")
	Links links(HttpServletRequest request) {
		return new Links(request);
	}

}
