package org.signaldigest.web;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The security headers of every response. The filter chains write them
 * ({@link SecurityConfiguration}); {@link #WRITER} writes the same ones on responses made
 * before the chains run: a request the firewall or Tomcat itself rejected.
 * Strict-Transport-Security only over HTTPS (the request is secure, or a trusted proxy
 * said it was, see {@code server.forward-headers-strategy}).
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	/** One year, with the subdomains of the app's host. */
	static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

	static final HeaderWriter WRITER = new CompositeHeaderWriter(
			List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(),
					new CacheControlHeadersWriter(), hsts(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
					new ReferrerPolicyHeaderWriter(REFERRER_POLICY)));

	private SecurityHeaders() {
	}

	private static HstsHeaderWriter hsts() {
		HstsHeaderWriter hsts = new HstsHeaderWriter();
		hsts.setMaxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
		hsts.setIncludeSubDomains(true);
		return hsts;
	}

}
