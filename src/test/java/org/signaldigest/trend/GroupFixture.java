package org.signaldigest.trend;

import org.signaldigest.TestPage;

/**
 * Pages of four weekly digests with near-duplicate signals (pg_trgm similarity of the
 * lower-cased names in brackets): "Open-source chatbots rise" is spelt three ways (1.0,
 * 0.93), "Quantum computing hype" twice (0.82); "Hybrid work fatigue" is near "Remote
 * work fatigue" but under the threshold (0.48).
 */
final class GroupFixture {

	private GroupFixture() {
	}

	static TestPage first() {
		return TestPage.page("a1")
			.digest("20230402")
			.themes("AI")
			.signal("Open-source chatbots rise", 5)
			.signal("Quantum computing hype", 3);
	}

	static TestPage second() {
		return TestPage.page("a2")
			.digest("20230409")
			.themes("AI")
			.signal("Rise of open-source chatbots", 4)
			.signal("Remote work fatigue", 2);
	}

	static TestPage third() {
		return TestPage.page("a3")
			.digest("20230416")
			.themes("Work")
			.signal("Quantum computing hype cycle", 4)
			.signal("Hybrid work fatigue", 3)
			.signal("Open source chatbots rise", 3);
	}

	static TestPage fourth() {
		return TestPage.page("a4").digest("20230423").themes("Work").signal("Remote work fatigue grows", 4);
	}

}
