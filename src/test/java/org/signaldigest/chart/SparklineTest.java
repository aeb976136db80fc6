package org.signaldigest.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparklineTest {

	@Test
	void aPointAMonthAcrossTheFrameTheBusiestAtTheTop() {
		MonthlyCounts counts = MonthRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1))
			.fill(Map.of(YearMonth.of(2024, 2), 4L, YearMonth.of(2024, 3), 2L), 1);

		Sparkline line = Sparkline.of(counts, Locale.ENGLISH);

		// the frame is 120 by 28: x from 3 to 117, y from 25 (zero) up to 4 (the largest)
		assertThat(line.line()).isEqualTo("M3.0 25.0 L60.0 4.0 L117.0 14.5");
		assertThat(line.area()).isEqualTo("M3.0 25.0 L60.0 4.0 L117.0 14.5 L117.0 25.0 L3.0 25.0 Z");
		assertThat(line.peakX()).isEqualTo(60.0);
		assertThat(line.peakY()).isEqualTo(4.0);
		assertThat(line.summary()).isEqualTo(new MonthSummary("Jan 2024", "Mar 2024", "Feb 2024", 4, 6, 1));
	}

	@Test
	void oneMonthIsAPointInTheMiddleAndNoArticlesAFlatLine() {
		Sparkline one = Sparkline.of(MonthRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))
			.fill(Map.of(YearMonth.of(2024, 1), 1L), 0), Locale.ENGLISH);
		Sparkline none = Sparkline
			.of(MonthRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)).fill(Map.of(), 0), Locale.ENGLISH);

		assertThat(one.line()).isEqualTo("M60.0 4.0");
		assertThat(one.peakX()).isEqualTo(60.0);
		assertThat(none.line()).isEqualTo("M3.0 25.0 L117.0 25.0");
		assertThat(none.summary().peakCount()).isZero();
	}

}
