package org.signaldigest.chart;

import java.time.YearMonth;

/** How many things (articles) a month has. */
public record MonthCount(YearMonth month, long count) {
}
