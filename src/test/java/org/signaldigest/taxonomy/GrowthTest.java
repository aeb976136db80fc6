package org.signaldigest.taxonomy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthTest {

	@Test
	void theRatioIsSmoothedSoThatNothingBeforeIsNotInfinite() {
		assertThat(new Growth(5, 0).ratio()).isEqualTo(6.0);
		assertThat(new Growth(9, 4).ratio()).isEqualTo(2.0);
		assertThat(new Growth(0, 3).ratio()).isEqualTo(0.25);
	}

	@Test
	void emergingNeedsEnoughMentionsLatelyAndTwiceAsManyAsBefore() {
		assertThat(new Growth(1, 0).emerging()).as("one mention is not growth").isFalse();
		assertThat(new Growth(4, 0).emerging()).isFalse();
		assertThat(new Growth(5, 0).emerging()).isTrue();
		assertThat(new Growth(9, 4).emerging()).isTrue();
		assertThat(new Growth(9, 5).emerging()).isFalse();
	}

}
