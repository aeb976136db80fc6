package org.signaldigest.chart;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AxisTest {

	@Test
	void ticksAreRoundStepsOfOneTwoOrFiveTimesAPowerOfTenUpToTheLargestCount() {
		assertThat(Axis.upTo(7).values()).containsExactly(0L, 2L, 4L, 6L, 8L);
		assertThat(Axis.upTo(5).values()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
		assertThat(Axis.upTo(16).values()).containsExactly(0L, 5L, 10L, 15L, 20L);
		assertThat(Axis.upTo(98).values()).containsExactly(0L, 20L, 40L, 60L, 80L, 100L);
		assertThat(Axis.upTo(100).top()).isEqualTo(100);
		assertThat(Axis.upTo(101).values()).containsExactly(0L, 50L, 100L, 150L);
		assertThat(Axis.upTo(123_456).values()).containsExactly(0L, 50_000L, 100_000L, 150_000L);
	}

	@Test
	void nothingToCountStillGivesAnAxisFromZeroToOne() {
		Axis none = Axis.upTo(0);

		assertThat(none.values()).containsExactly(0L, 1L);
		assertThat(none.scale(0, 100)).isZero();
		assertThat(Axis.upTo(1).values()).containsExactly(0L, 1L);
		assertThatIllegalArgumentException().isThrownBy(() -> Axis.upTo(-1));
	}

	@Test
	void countsScaleToTheTopAndTicksGoUpThePlotLabelledAsTheLocaleWritesNumbers() {
		Axis axis = Axis.upTo(1800);
		Frame frame = new Frame(200, 120, 10, 10, 10, 10);

		assertThat(axis.top()).isEqualTo(2000);
		assertThat(axis.scale(1000, 100)).isEqualTo(50.0);
		List<Tick> ticks = axis.ticks(frame, Locale.ENGLISH);
		assertThat(ticks).extracting(Tick::label).containsExactly("0", "500", "1,000", "1,500", "2,000");
		assertThat(ticks).extracting(Tick::at).containsExactly(110.0, 85.0, 60.0, 35.0, 10.0);
	}

}
