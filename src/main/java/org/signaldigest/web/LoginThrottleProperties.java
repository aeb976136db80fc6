package org.signaldigest.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are slowed down ({@code digest.login.*}), by the form and by HTTP
 * Basic alike.
 *
 * @param freeFailures failures a user name, or a client address, may have before it must
 * wait (default 5)
 * @param firstDelay the wait after the first failure past those, doubled by each further
 * one (default 1s)
 * @param maxDelay the longest wait (default 15m): a user name is never locked out for
 * good
 * @param forgetAfter failures are forgotten after this long without another (default 1h)
 * @param maxTracked the most user names, and the most addresses, whose failures are kept
 * (default 100000; the oldest are forgotten first), so that failures cannot fill the
 * memory
 */
@ConfigurationProperties("digest.login")
record LoginThrottleProperties(@DefaultValue("5") int freeFailures, @DefaultValue("1s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("1h") Duration forgetAfter,
		@DefaultValue("100000") long maxTracked) {

}
