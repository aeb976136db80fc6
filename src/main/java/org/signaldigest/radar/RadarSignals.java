package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the radar query found for a filter and a view.
 *
 * @param signals the first signals in {@link RadarQueries#ORDER} that have a ring (a
 * relevancy, or a digest date) and are in a sector, at most {@link RadarView#top()}
 * @param matching how many signals that could be drawn match, counted up to
 * {@link RadarProperties#countLimit()}
 * @param unringed how many signals match the filter but have no ring (no relevancy, or no
 * digest date), counted up to the same limit
 * @param newDates the digest dates that make a signal new, newest first; empty when no
 * digest has a date
 * @param latest the date the first-seen rings count back from: the newest digest date not
 * in the future (nor after the filter's {@code to}); null when no digest has one
 * @param themes the themes that have a sector, in their order (with sectors by theme)
 * @param themeChoices the themes offered as sectors: the chosen ones, then the
 * collection's most common (with sectors by theme)
 */
record RadarSignals(List<RadarSignal> signals, Radar.Count matching, Radar.Count unringed, List<LocalDate> newDates,
		LocalDate latest, List<RadarSignal.Theme> themes, List<RadarSignal.Theme> themeChoices) {
}
