package org.signaldigest.radar;

import java.util.Arrays;

import org.signaldigest.radar.Radar.Point;

/**
 * The radar's disc, in the SVG's user units: sectors clockwise from the top, rings from
 * the centre out, whose angles and areas follow how many dots they hold, so that no
 * sector or ring is crowded however the dots fall (one with few or none keeps a thin
 * share, and its label).
 */
final class Disc {

	/** The SVG's width and height, as its template's {@code viewBox} says. */
	static final double SIZE = 640;

	static final double CENTRE = SIZE / 2;

	static final double RADIUS = 288;

	/** The narrowest a ring with dots gets, one without, and the smallest the centre. */
	static final double MIN_RING = 2 * Placement.PAD;

	static final double EMPTY_RING = 16;

	static final double MIN_CENTRE = 2 * Placement.PITCH;

	private Disc() {
	}

	/**
	 * Where the sectors start and end: angles in radians, clockwise from the x axis (as
	 * SVG's y points down), one more than the sectors, from the top (from the left with
	 * two sectors, so that they are the upper and lower halves) round to it again. Each
	 * sector's angle follows its number of dots, but is at least the share of half the
	 * average sector's dots, so that a sector with few or none still shows and is named.
	 */
	static double[] sectorBounds(int[] dots) {
		double least = Math.max(1, Arrays.stream(dots).sum() / (2.0 * dots.length));
		double[] weights = Arrays.stream(dots).mapToDouble(count -> Math.max(count, least)).toArray();
		double total = Arrays.stream(weights).sum();
		double[] bounds = new double[dots.length + 1];
		bounds[0] = dots.length == 2 ? Math.PI : -Math.PI / 2;
		for (int i = 0; i < dots.length; i++) {
			bounds[i + 1] = bounds[i] + 2 * Math.PI * weights[i] / total;
		}
		return bounds;
	}

	static Point at(double angle, double radius) {
		return new Point(CENTRE + radius * Math.cos(angle), CENTRE + radius * Math.sin(angle));
	}

	/**
	 * The outer radius of each ring, centre first: each ring's area in proportion to its
	 * dots (plus half a dot, so that an empty ring is not lost), no ring narrower than
	 * {@link #MIN_RING} ({@link #EMPTY_RING} without dots), the centre no smaller than
	 * {@link #MIN_CENTRE}, the last one the disc's.
	 */
	static double[] ringRadii(int[] dots) {
		double low = 0;
		double high = RADIUS * RADIUS;
		for (int i = 0; i < 60; i++) {
			double scale = (low + high) / 2;
			if (outer(dots, scale)[dots.length - 1] > RADIUS) {
				high = scale;
			}
			else {
				low = scale;
			}
		}
		double[] radii = outer(dots, low);
		radii[dots.length - 1] = RADIUS;
		return radii;
	}

	private static double[] outer(int[] dots, double areaPerDot) {
		double[] radii = new double[dots.length];
		double inner = 0;
		for (int ring = 0; ring < dots.length; ring++) {
			double least = inner + (ring == 0 ? MIN_CENTRE : dots[ring] > 0 ? MIN_RING : EMPTY_RING);
			radii[ring] = Math.max(least, Math.sqrt(inner * inner + areaPerDot * (dots[ring] + 0.5)));
			inner = radii[ring];
		}
		return radii;
	}

	/**
	 * Where a ring's label is centred: on the vertical line above the centre, in the
	 * middle of the ring (near the top of the centre's disc).
	 */
	static Point ringLabel(int ring, double[] radii) {
		double radius = ring == 0 ? Math.max(radii[0] - 16, radii[0] / 2) : (radii[ring - 1] + radii[ring]) / 2;
		return new Point(CENTRE, CENTRE - radius);
	}

}
