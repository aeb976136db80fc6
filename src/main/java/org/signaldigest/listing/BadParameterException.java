package org.signaldigest.listing;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request parameter that cannot be used: a 400 whose reason names it. */
public class BadParameterException extends ResponseStatusException {

	public BadParameterException(String reason) {
		super(HttpStatus.BAD_REQUEST, reason);
	}

}
