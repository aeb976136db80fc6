package org.signaldigest.upload;

import jakarta.servlet.http.HttpServletRequest;

import org.signaldigest.web.ErrorResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the server will not take (over
 * {@code spring.servlet.multipart.max-request-size}, too many parts, a broken multipart
 * body): a page in the site's layout that says so, or a JSON problem for the API. Never a
 * Tomcat error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrorAdvice {

	private final MessageSource messages;

	private final DataSize maxRequestSize;

	private final int maxParts;

	UploadErrorAdvice(MessageSource messages,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
			@Value("${server.tomcat.max-part-count:10}") int maxParts) {
		this.messages = messages;
		this.maxRequestSize = maxRequestSize;
		this.maxParts = maxParts;
	}

	@ExceptionHandler(MultipartException.class)
	Object badUpload(MultipartException ex, HttpServletRequest request) {
		boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
		HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String message = tooLarge ? tooLargeMessage() : messages.getMessage("import.badUpload",
				new Object[] { ex.getMostSpecificCause().getMessage() }, LocaleContextHolder.getLocale());
		return ErrorResponses.respond(request, status, message);
	}

	String tooLargeMessage() {
		return messages.getMessage("import.tooLarge", new Object[] { maxRequestSize.toMegabytes() + " MB", maxParts },
				LocaleContextHolder.getLocale());
	}

}
