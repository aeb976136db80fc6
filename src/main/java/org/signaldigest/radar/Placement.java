package org.signaldigest.radar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.radar.Radar.Point;

/**
 * Where the dots go. The radar is a disc cut into equal sectors, clockwise from the top,
 * and five rings of equal width, relevancy 5 innermost. A dot's place within its cell
 * (one sector, one ring) comes from a stable hash of its page id and position, never from
 * a row id or the order rows come in: the same data always gives the same picture. A dot
 * whose place is too close to one placed before it in the same cell tries the next places
 * of its hash, and takes the freest of them when none is clear.
 */
final class Placement {

	/**
	 * The SVG's size, as its template's {@code viewBox} says: the radar, its labels, and
	 * under them a caption line.
	 */
	static final double WIDTH = 960;

	static final double HEIGHT = 660;

	static final double CX = WIDTH / 2;

	static final double CY = 310;

	static final double RADIUS = 270;

	static final double DOT = 5;

	static final int RINGS = 5;

	/** The least distance between two dots' centres that leaves them apart. */
	static final double CLEAR = 2 * DOT + 2;

	/**
	 * How far dots keep from the vertical axis above the centre, where the rings' numbers
	 * are.
	 */
	private static final double AXIS_CLEAR = DOT + 7;

	private static final int TRIES = 40;

	/**
	 * Dots are processed in this order within a cell, so the input's order never matters.
	 */
	private static final Comparator<RadarSignal> STABLE = Comparator.comparing(RadarSignal::pageId)
		.thenComparingInt(RadarSignal::position);

	private final int sectors;

	Placement(int sectors) {
		this.sectors = sectors;
	}

	static double innerRadius(int relevancy) {
		return (RINGS - relevancy) * RADIUS / RINGS;
	}

	static double outerRadius(int relevancy) {
		return innerRadius(relevancy) + RADIUS / RINGS;
	}

	/**
	 * The angle (radians, clockwise from the x axis as SVG's y points down) where a
	 * sector starts.
	 */
	double startAngle(int sector) {
		return -Math.PI / 2 + sector * 2 * Math.PI / sectors;
	}

	static Point at(double angle, double radius) {
		return new Point(CX + radius * Math.cos(angle), CY + radius * Math.sin(angle));
	}

	/**
	 * Places the dots of one cell: every signal has the same sector and the same
	 * relevancy.
	 */
	Map<RadarSignal, Point> place(int sector, int relevancy, List<RadarSignal> signals) {
		List<RadarSignal> ordered = new ArrayList<>(signals);
		ordered.sort(STABLE);
		Map<RadarSignal, Point> placed = new IdentityHashMap<>();
		for (RadarSignal signal : ordered) {
			Point best = null;
			double bestClearance = -1;
			for (int attempt = 0; attempt < TRIES && bestClearance < CLEAR; attempt++) {
				Point candidate = candidate(sector, relevancy, hash(signal.pageId(), signal.position(), attempt));
				double clearance = clearance(candidate, placed.values());
				if (clearance > bestClearance) {
					best = candidate;
					bestClearance = clearance;
				}
			}
			placed.put(signal, best);
		}
		return placed;
	}

	/**
	 * A point of the cell, spread evenly over its area by the two halves of the hash,
	 * kept off its edges (and further off the axis with the rings' numbers).
	 */
	private Point candidate(int sector, int relevancy, long hash) {
		double u = (hash >>> 32) / 4294967296.0;
		double v = (hash & 0xffffffffL) / 4294967296.0;
		double inner = Math.max(innerRadius(relevancy) + DOT + 1, 2.5 * DOT);
		double outer = outerRadius(relevancy) - DOT - 1;
		double radius = Math.sqrt(inner * inner + v * (outer * outer - inner * inner));
		double start = startAngle(sector);
		double span = 2 * Math.PI / sectors;
		double before = (sector == 0 ? AXIS_CLEAR : DOT + 1) / radius;
		double after = (sector == sectors - 1 ? AXIS_CLEAR : DOT + 1) / radius;
		double free = span - before - after;
		double angle = free > 0 ? start + before + u * free : start + span / 2;
		return at(angle, radius);
	}

	private static double clearance(Point point, Iterable<Point> others) {
		double clearance = Double.MAX_VALUE;
		for (Point other : others) {
			clearance = Math.min(clearance, Math.hypot(point.x() - other.x(), point.y() - other.y()));
		}
		return clearance;
	}

	/**
	 * FNV-1a over the UTF-8 of the key, then MurmurHash3's finaliser: the same on every
	 * JVM, run and machine.
	 */
	static long hash(String pageId, int position, int attempt) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : (pageId + '\0' + position + '\0' + attempt).getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
		hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

}
