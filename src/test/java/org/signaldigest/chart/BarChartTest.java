package org.signaldigest.chart;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.signaldigest.chart.BarChart.Bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BarChartTest {

	private static final Frame FRAME = new Frame(200, 140, 20, 20, 20, 20);

	@Test
	void eachCountIsAColumnInItsSlotScaledToARoundTop() {
		BarChart chart = BarChart.of(List.of(new LabelledCount("1", "1", 4, "r1"), new LabelledCount("2", "2", 0, null),
				new LabelledCount(null, "none", 9, "rnone")), FRAME, Locale.ENGLISH);

		// 160 units for 3 slots of 53.3, columns of 34.1 in their middle; the axis tops
		// at 10 over 100
		assertThat(chart.bars()).containsExactly(new Bar("1", "1", 4, "r1", 29.6, 80, 34.1, 40),
				new Bar("2", "2", 0, null, 82.9, 120, 34.1, 0), new Bar(null, "none", 9, "rnone", 136.3, 30, 34.1, 90));
		assertThat(chart.bars().get(0).center()).isCloseTo(46.65, within(0.06));
		assertThat(chart.total()).isEqualTo(13);
		assertThat(chart.valueTicks()).extracting(Tick::label).containsExactly("0", "2", "4", "6", "8", "10");
	}

	@Test
	void nothingToCountDrawsEmptyColumnsOverAnAxisFromZeroToOne() {
		BarChart chart = BarChart.of(List.of(new LabelledCount("5", "5", 0, "r5")), Locale.ENGLISH);

		assertThat(chart.frame()).isEqualTo(Frame.BARS);
		assertThat(chart.bars()).singleElement().satisfies(bar -> {
			assertThat(bar.height()).isZero();
			assertThat(bar.y()).isEqualTo(Frame.BARS.baseline());
		});
		assertThat(chart.valueTicks()).extracting(Tick::label).containsExactly("0", "1");
		assertThat(BarChart.of(List.of(), Locale.ENGLISH).bars()).isEmpty();
	}

}
