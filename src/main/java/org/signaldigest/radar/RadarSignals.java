package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the radar query found for a filter.
 *
 * @param signals the first matching signals in {@link RadarQueries#ORDER}, at most
 * {@link RadarProperties#maxDots()}
 * @param matching how many signals match, counted up to
 * {@link RadarProperties#countLimit()}
 * @param more whether the count stopped at the limit: more than {@code matching} signals
 * match
 * @param newDates the digest dates that make a signal new, newest first; empty when no
 * digest has a date
 */
record RadarSignals(List<RadarSignal> signals, long matching, boolean more, List<LocalDate> newDates) {
}
