package org.signaldigest.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one user who may import pages ({@code DIGEST_ADMIN_USERNAME},
 * {@code DIGEST_ADMIN_PASSWORD}). Without a password, a random one is made at startup and
 * logged once.
 *
 * @param username the login name (default {@code admin})
 * @param password the password in clear, kept only as a BCrypt hash; null or blank to
 * generate one
 */
@ConfigurationProperties("digest.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {

	boolean hasPassword() {
		return password != null && !password.isBlank();
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + username + ", password=" + (hasPassword() ? "[set]" : "[none]") + "]";
	}

}
