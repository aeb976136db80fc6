package org.signaldigest.web;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused unchecked: too many failures, it must wait this long. */
final class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed logins: try again in " + wait.toSeconds() + " s");
		this.wait = wait;
	}

	Duration waitFor() {
		return this.wait;
	}

	/** The wait in whole seconds, rounded up (at least 1): what Retry-After says. */
	long seconds() {
		return Math.max(1, this.wait.plusMillis(999).toSeconds());
	}

}
