package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The radar as drawn: everything the template needs, its geometry computed (by
 * {@link RadarLayout}) in the SVG's user units ({@link Placement#WIDTH} ×
 * {@link Placement#HEIGHT}).
 *
 * @param sectors the sectors drawn: the top themes, then "other" when some dots are in
 * none of them
 * @param rings relevancy 5 (innermost) to 1
 * @param entries every signal once, in the table's order: by sector, ring (off the chart
 * last), then as queried
 * @param matching how many signals match the filter (see {@link RadarSignals#more()})
 * @param newDates the digest dates whose signals are marked new, newest first
 */
record Radar(List<Sector> sectors, List<Ring> rings, List<Entry> entries, long matching, boolean more,
		List<LocalDate> newDates) {

	/** The signals drawn as dots. */
	public List<Entry> dots() {
		return entries.stream().filter(Entry::onChart).toList();
	}

	/** The signals without relevancy: listed, not drawn. */
	public List<Entry> offChart() {
		return entries.stream().filter(entry -> !entry.onChart()).toList();
	}

	/**
	 * A sector of the radar.
	 *
	 * @param index its place, clockwise from the top; also its colour
	 * ({@code s0}…{@code s8} in the stylesheet)
	 * @param slug its theme's slug, null for "other"
	 * @param name its theme's name, null for "other"
	 * @param shortName the name cut to fit beside the radar
	 * @param dots how many of its signals are on the chart
	 * @param label where its name goes, outside the outer ring
	 * @param anchor how the label lines up with that point: start, middle or end
	 * @param edge where the line between it and the previous sector meets the outer ring,
	 * null with one sector
	 * @param wedge an SVG path of its area, to tint every other sector; null for the
	 * others
	 */
	record Sector(int index, String slug, String name, String shortName, int dots, Point label, String anchor,
			Point edge, String wedge) {

		public boolean isOther() {
			return slug == null;
		}

	}

	/**
	 * A ring: the signals of one relevancy.
	 *
	 * @param outerRadius the radius of its outer circle
	 * @param label where its number goes, on the vertical axis
	 */
	record Ring(int relevancy, double outerRadius, Point label) {

		public String r() {
			return Point.format(outerRadius);
		}

	}

	/**
	 * A signal in its sector.
	 *
	 * @param point where its dot is, or null when it is off the chart
	 */
	record Entry(RadarSignal signal, Sector sector, Point point) {

		public boolean onChart() {
			return point != null;
		}

	}

	/**
	 * A point in the SVG's user units; {@link #sx()} and {@link #sy()} print it for SVG,
	 * whatever the locale.
	 */
	record Point(double x, double y) {

		public String sx() {
			return format(x);
		}

		public String sy() {
			return format(y);
		}

		static String format(double value) {
			return String.format(Locale.ROOT, "%.1f", value);
		}

	}

}
