package org.signaldigest.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 1000),
			clock);

	@Test
	void fiveFailuresAreFreeThenEachOneDoublesTheWait() {
		failures("admin", "10.0.0.1", 5);
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();

		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
		clock.advance(Duration.ofMillis(400));
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(Duration.ofMillis(600));
		clock.advance(Duration.ofMillis(600));
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();

		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
		clock.advance(Duration.ofSeconds(2));
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void theWaitStopsGrowingAtTheMaximumSoNoOneIsLockedOutForGood() {
		for (int i = 0; i < 60; i++) {
			throttle.failed("admin", "10.0.0.1");
			clock.advance(throttle.waitFor("admin", "10.0.0.1"));
		}
		throttle.failed("admin", "10.0.0.1");

		assertThat(throttle.waitFor("admin", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();
	}

	@Test
	void failuresAreForgottenAfterAQuietHourAndASuccessForgetsThemAtOnce() {
		failures("admin", "10.0.0.1", 6);
		clock.advance(Duration.ofHours(1).plusMinutes(16));
		throttle.failed("admin", "10.0.0.1");
		assertThat(throttle.waitFor("admin", "10.0.0.1")).as("one failure after the old ones were forgotten").isZero();

		failures("admin", "10.0.0.1", 5);
		clock.advance(Duration.ofSeconds(1));
		throttle.succeeded("admin", "10.0.0.1");
		failures("admin", "10.0.0.1", 5);
		assertThat(throttle.waitFor("admin", "10.0.0.1")).isZero();
	}

	@Test
	void oneAddressTryingManyNamesIsHeldBackForEveryName() {
		for (int i = 0; i < 6; i++) {
			throttle.failed("user" + i, "10.0.0.66");
		}

		assertThat(throttle.waitFor("admin", "10.0.0.66")).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("admin", "10.0.0.1")).as("another address").isZero();
	}

	@Test
	void manyAddressesTryingOneNameHoldItBackButNotFromWhereItLoggedInBefore() {
		throttle.succeeded("admin", "192.168.1.10");
		for (int i = 0; i < 6; i++) {
			throttle.failed("admin", "203.0.113." + i);
		}

		assertThat(throttle.waitFor("admin", "203.0.113.99")).as("a new address").isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("ADMIN ", "203.0.113.99")).as("the same name in capitals")
			.isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("admin", "192.168.1.10")).as("where the admin logged in before").isZero();
	}

	@Test
	void aVeryLongNameCountsAsItsFirst200Characters() {
		String longName = "a".repeat(100_000);
		failures(longName, "10.0.0.1", 3);
		failures(longName + "b", "10.0.0.2", 3);

		assertThat(throttle.waitFor("a".repeat(200), "10.0.0.3")).isEqualTo(Duration.ofSeconds(1));
	}

	private void failures(String username, String address, int count) {
		for (int i = 0; i < count; i++) {
			throttle.failed(username, address);
		}
	}

}
