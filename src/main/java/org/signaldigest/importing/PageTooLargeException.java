package org.signaldigest.importing;

import java.io.IOException;

/**
 * A page, or a zip's pages together, over the {@link ReadLimits}: the message says so to
 * a person.
 */
class PageTooLargeException extends IOException {

	PageTooLargeException(String message) {
		super(message);
	}

}
