package org.signaldigest.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.signaldigest.chart.MonthlyChart.Column;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MonthlyChartTest {

	private static final Frame FRAME = new Frame(300, 140, 40, 20, 20, 20);

	@Test
	void columnsStandOnTheBaselineScaledToARoundTopAndFillTheirMonthsSlots() {
		MonthlyCounts counts = range(2024, 1, 2024, 4)
			.fill(Map.of(YearMonth.of(2024, 1), 3L, YearMonth.of(2024, 3), 7L), 0);

		MonthlyChart chart = MonthlyChart.of(counts, FRAME, Locale.ENGLISH);

		assertThat(chart.columns()).extracting(Column::label)
			.containsExactly("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024");
		assertThat(chart.columns()).extracting(Column::count).containsExactly(3L, 0L, 7L, 0L);
		// 240 units for 4 months: 60 a slot, a column of 36 (the widest) in its middle;
		// the axis tops at 8 over 100
		assertThat(chart.columns().get(0)).isEqualTo(new Column("Jan 2024", 3, 52, 82.5, 36, 37.5));
		assertThat(chart.columns().get(2).height()).isEqualTo(87.5);
		assertThat(chart.columns().get(2).y() + chart.columns().get(2).height()).isEqualTo(FRAME.baseline());
		assertThat(chart.columns().get(1).height()).isZero();
		assertThat(chart.valueTicks()).extracting(Tick::label).containsExactly("0", "2", "4", "6", "8");
		// slots of 60 are too narrow for a label each (64): every other month
		assertThat(chart.monthTicks()).containsExactly(new Tick("Jan 2024", 70), new Tick("Mar 2024", 190));
		assertThat(chart.summary()).isEqualTo(new MonthSummary("Jan 2024", "Apr 2024", "Mar 2024", 7, 10, 0));
	}

	@Test
	void monthLabelsThinToRoundMonthsThenYearsAsTheMonthsGetMany() {
		MonthlyChart fourYears = MonthlyChart.of(range(2022, 7, 2026, 4).fill(Map.of(), 0), Frame.WIDE, Locale.ENGLISH);
		MonthlyChart twentyYears = MonthlyChart.of(range(2006, 3, 2026, 4).fill(Map.of(), 0), Frame.WIDE,
				Locale.ENGLISH);

		assertThat(fourYears.monthTicks()).extracting(Tick::label)
			.containsExactly("Jul 2022", "Jan 2023", "Jul 2023", "Jan 2024", "Jul 2024", "Jan 2025", "Jul 2025",
					"Jan 2026");
		assertThat(twentyYears.monthTicks()).extracting(Tick::label)
			.containsExactly("2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024", "2026");
		for (MonthlyChart chart : List.of(fourYears, twentyYears)) {
			List<Tick> ticks = chart.monthTicks();
			for (int i = 1; i < ticks.size(); i++) {
				assertThat(ticks.get(i).at() - ticks.get(i - 1).at()).isGreaterThanOrEqualTo(40);
			}
		}
		assertThat(twentyYears.columns()).hasSize(242);
		assertThat(twentyYears.columns().get(241).x() + twentyYears.columns().get(241).width())
			.isCloseTo(Frame.WIDE.plotRight(), within(0.2));
	}

	@Test
	void oneMonthIsOneColumnNoWiderThanTheWidestAndLabelled() {
		MonthlyChart chart = MonthlyChart.of(range(2024, 2, 2024, 2).fill(Map.of(YearMonth.of(2024, 2), 1L), 3), FRAME,
				Locale.ENGLISH);

		assertThat(chart.columns()).singleElement().satisfies(column -> {
			assertThat(column.width()).isEqualTo(36);
			assertThat(column.x()).isEqualTo(40 + (240 - 36) / 2.0);
			assertThat(column.height()).isEqualTo(FRAME.plotHeight());
		});
		assertThat(chart.monthTicks()).extracting(Tick::label).containsExactly("Feb 2024");
		assertThat(chart.summary().undated()).isEqualTo(3);
	}

	@Test
	void noArticlesAtAllDrawsNoColumnOverAnAxisFromZeroToOne() {
		MonthlyChart chart = MonthlyChart.of(range(2024, 1, 2024, 6).fill(Map.of(), 0), FRAME, Locale.ENGLISH);

		assertThat(chart.columns()).hasSize(6).allSatisfy(column -> assertThat(column.height()).isZero());
		assertThat(chart.valueTicks()).extracting(Tick::label).containsExactly("0", "1");
		assertThat(chart.summary().dated()).isZero();
	}

	@Test
	void chartsShownTogetherShareTheLargestCountSoTheirColumnsCompare() {
		MonthRange range = range(2024, 1, 2024, 2);
		Map<YearMonth, Long> small = new HashMap<>(Map.of(YearMonth.of(2024, 1), 2L));

		MonthlyChart alone = MonthlyChart.of(range.fill(small, 0), FRAME, Locale.ENGLISH);
		MonthlyChart shared = MonthlyChart.of(range.fill(small, 0), FRAME, 10, Locale.ENGLISH);

		assertThat(alone.columns().get(0).height()).isEqualTo(FRAME.plotHeight());
		assertThat(shared.columns().get(0).height()).isEqualTo(FRAME.plotHeight() / 5);
		assertThat(shared.valueTicks()).last().extracting(Tick::label).isEqualTo("10");
	}

	private static MonthRange range(int fromYear, int fromMonth, int toYear, int toMonth) {
		return MonthRange.of(LocalDate.of(fromYear, fromMonth, 1), LocalDate.of(toYear, toMonth, 1));
	}

}
