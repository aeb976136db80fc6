package org.signaldigest.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MonthRangeTest {

	private static final MonthRange RANGE = MonthRange.of(LocalDate.of(2023, 11, 30), LocalDate.of(2024, 3, 1));

	@Test
	void everyMonthOfTheRangeIsThereMonthsWithoutCountsAsZero() {
		MonthlyCounts counts = RANGE.fill(Map.of(YearMonth.of(2023, 12), 4L, YearMonth.of(2024, 3), 1L), 2);

		assertThat(counts.months()).containsExactly(new MonthCount(YearMonth.of(2023, 11), 0),
				new MonthCount(YearMonth.of(2023, 12), 4), new MonthCount(YearMonth.of(2024, 1), 0),
				new MonthCount(YearMonth.of(2024, 2), 0), new MonthCount(YearMonth.of(2024, 3), 1));
		assertThat(counts.dated()).isEqualTo(5);
		assertThat(counts.undated()).isEqualTo(2);
		assertThat(counts.peak()).isEqualTo(new MonthCount(YearMonth.of(2023, 12), 4));
		assertThat(counts.largest()).isEqualTo(4);
	}

	@Test
	void aCountOutsideTheRangeWidensItRatherThanBeingLost() {
		MonthlyCounts counts = RANGE.fill(Map.of(YearMonth.of(2024, 5), 3L), 0);

		assertThat(counts.months()).hasSize(7).last().isEqualTo(new MonthCount(YearMonth.of(2024, 5), 3));
		assertThat(counts.months().get(0).month()).isEqualTo(YearMonth.of(2023, 11));
	}

	@Test
	void nothingCountedIsZeroEveryMonthAndAOneMonthRangeHasOneMonth() {
		MonthlyCounts none = RANGE.fill(Map.of(), 0);
		MonthlyCounts one = MonthRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))
			.fill(Map.of(YearMonth.of(2024, 2), 9L), 0);

		assertThat(none.months()).hasSize(5).allSatisfy(month -> assertThat(month.count()).isZero());
		assertThat(none.peak().month()).isEqualTo(YearMonth.of(2023, 11));
		assertThat(one.months()).containsExactly(new MonthCount(YearMonth.of(2024, 2), 9));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MonthRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)));
	}

}
