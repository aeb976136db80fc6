package org.signaldigest.trend;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparklineTest {

	@Test
	void theBusiestMonthIsAtTheTopAndMonthsSpreadOverTheWidth() {
		Sparkline line = new Sparkline(List.of(0, 2, 1));

		assertThat(line.points()).isEqualTo("0.0,23.0 60.0,1.0 120.0,12.0");
		assertThat(line.total()).isEqualTo(3);
	}

	@Test
	void oneMonthIsAFlatLineAndNoMentionsLieAtTheBottom() {
		assertThat(new Sparkline(List.of(4)).points()).isEqualTo("0.0,1.0 120.0,1.0");
		assertThat(new Sparkline(List.of(0, 0)).points()).isEqualTo("0.0,23.0 120.0,23.0");
	}

}
