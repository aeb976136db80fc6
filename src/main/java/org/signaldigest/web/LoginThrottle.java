package org.signaldigest.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Counts failed logins per user name and per client address, and after
 * {@code freeFailures} of either makes the next attempt wait: {@code firstDelay}, doubled
 * by each further failure, at most {@code maxDelay}. An attempt that must wait is refused
 * without its password being checked, and does not count. A success forgets the failures
 * of its user name and address. So that failures from elsewhere cannot keep the real
 * importer out, a user name's failures do not hold back an address that logged in as that
 * user before (while that is remembered: {@code forgetAfter} since its last login).
 * <p>
 * The counters live in Caffeine caches: bounded ({@code maxTracked} of each kind),
 * thread-safe, each entry forgotten a while after its last failure, on the same clock as
 * the waits (tests move it).
 */
final class LoginThrottle {

	/** The longest part of a user name that is counted: no one's is longer. */
	private static final int NAME_LENGTH = 200;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final Cache<String, Failures> byName;

	private final Cache<String, Failures> byAddress;

	private final Cache<String, Boolean> knownAddresses;

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
		Duration keep = properties.forgetAfter().plus(properties.maxDelay());
		this.byName = cache(properties.maxTracked(), keep, ticker);
		this.byAddress = cache(properties.maxTracked(), keep, ticker);
		this.knownAddresses = cache(properties.maxTracked(), properties.forgetAfter(), ticker);
	}

	private static <V> Cache<String, V> cache(long size, Duration keep, Ticker ticker) {
		return Caffeine.newBuilder().maximumSize(size).expireAfterWrite(keep).ticker(ticker).build();
	}

	/**
	 * @return how long an attempt for this user name from this address must still wait,
	 * {@link Duration#ZERO} when it may go ahead
	 */
	Duration waitFor(String username, String address) {
		Instant now = this.clock.instant();
		Duration wait = remaining(this.byAddress.getIfPresent(address), now);
		if (this.knownAddresses.getIfPresent(known(username, address)) == null) {
			Duration nameWait = remaining(this.byName.getIfPresent(name(username)), now);
			wait = nameWait.compareTo(wait) > 0 ? nameWait : wait;
		}
		return wait;
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.byName.asMap().compute(name(username), (key, old) -> afterFailure(old, now));
		this.byAddress.asMap().compute(address, (key, old) -> afterFailure(old, now));
	}

	void succeeded(String username, String address) {
		this.byName.invalidate(name(username));
		this.byAddress.invalidate(address);
		this.knownAddresses.put(known(username, address), Boolean.TRUE);
	}

	/** Past the free failures, each one makes the next attempt wait twice as long. */
	private Failures afterFailure(Failures old, Instant now) {
		int count = (old == null) ? 1 : old.count() + 1;
		int past = count - this.properties.freeFailures();
		if (past <= 0) {
			return new Failures(count, null);
		}
		Duration delay = this.properties.maxDelay();
		if (past <= 40) {
			Duration doubled = this.properties.firstDelay().multipliedBy(1L << (past - 1));
			delay = (doubled.compareTo(delay) < 0) ? doubled : delay;
		}
		return new Failures(count, now.plus(delay));
	}

	private static Duration remaining(Failures failures, Instant now) {
		if (failures == null || failures.blockedUntil() == null || !now.isBefore(failures.blockedUntil())) {
			return Duration.ZERO;
		}
		return Duration.between(now, failures.blockedUntil());
	}

	/** User names are not told apart by case (nor are the users'). */
	private static String name(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
	}

	private static String known(String username, String address) {
		return name(username) + '\n' + address;
	}

	/** How many failures in a row, and until when the next attempt must wait. */
	private record Failures(int count, Instant blockedUntil) {

	}

}
