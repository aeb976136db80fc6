package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The radar as drawn: everything the template needs, its geometry computed (by
 * {@link RadarLayout}) in the SVG's user units ({@link Disc#SIZE} square).
 *
 * @param view how it was asked for
 * @param sectors clockwise from the top, each with its dots by ring for the list
 * @param rings from the centre out
 * @param dots every signal drawn, numbered from 1 in the list's order: by sector, ring
 * (centre first), then most relevant and newest
 * @param matching how many signals could be drawn: the top of them are
 * @param unringed how many signals match the filter but have no ring, so are not drawn
 * @param newDates the digest dates whose signals are marked new, newest first
 * @param latest the date the first-seen rings count back from (null with rings by
 * relevancy, or without dates)
 * @param themeChoices the themes offered as sectors (with sectors by theme)
 */
record Radar(RadarView view, List<Sector> sectors, List<Ring> rings, List<Dot> dots, Count matching, Count unringed,
		List<LocalDate> newDates, LocalDate latest, List<RadarSignal.Theme> themeChoices) {

	/** Whether fewer signals are drawn than could be. */
	public boolean capped() {
		return matching.more() || matching.value() > dots.size();
	}

	/** Whether a dot is new, so that the key says what its circle means. */
	public boolean anyNew() {
		return dots.stream().anyMatch(dot -> dot.signal().isNew());
	}

	/**
	 * @return whether the theme of this slug has a sector
	 */
	public boolean hasThemeSector(String slug) {
		return sectors.stream().anyMatch(sector -> slug.equals(sector.key()));
	}

	/**
	 * A count that may have stopped at a limit.
	 *
	 * @param more whether it did: there are more than {@code value}
	 */
	record Count(long value, boolean more) {
	}

	/**
	 * A sector of the radar.
	 *
	 * @param index its place, clockwise
	 * @param colour its colour's class: {@code s0}…{@code s7}, or {@code s-neutral} for
	 * the sectors of no category or of the other categories
	 * @param label its name, cut to fit the sector's width
	 * @param labelArc an SVG path along which its label is written, outside the disc,
	 * read left to right, centred on the sector (and longer than it, so that the label
	 * never reaches the path's ends)
	 * @param wedge an SVG path of its area, to tint every other sector; null for the
	 * others and with one sector
	 * @param edge where the line between it and the previous sector meets the outer ring,
	 * null with one sector
	 * @param rings its dots, by ring: only the rings that have some
	 */
	record Sector(int index, Sectors.Definition definition, String colour, String label, String labelArc, String wedge,
			Point edge, List<RingDots> rings, int count) {

		public String key() {
			return definition.key();
		}

		public String name() {
			return definition.name();
		}

		public String kind() {
			return definition.kind().name();
		}

	}

	/**
	 * A ring.
	 *
	 * @param index 0 at the centre
	 * @param key the message that names it ({@code .short}: its label on the chart)
	 * @param argument the message's argument (its relevancy), or null
	 * @param outerRadius the radius of its outer circle
	 * @param label where its label goes, on the vertical line above the centre
	 */
	record Ring(int index, String key, Object argument, double outerRadius, Point label) {

		public String r() {
			return Point.format(outerRadius);
		}

	}

	/** The dots of a sector in one ring. */
	record RingDots(Ring ring, List<Dot> dots) {
	}

	/**
	 * A signal drawn.
	 *
	 * @param number its number on the chart and in the list
	 * @param colour its sector's colour class
	 */
	record Dot(int number, RadarSignal signal, String colour, Point point) {
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
