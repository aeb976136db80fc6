package org.signaldigest.radar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.radar.Radar.Point;

/**
 * Where the dots go, in the SVG's user units, on the {@link Disc}. In a cell (one sector,
 * one ring) the dots sit on slots: arcs one dot apart, kept off the cell's edges and off
 * the rings' labels, above the centre. Each dot has a place of its own in the cell, from
 * a stable hash of its page id and position (never a row id, which a re-import changes);
 * dots take, in the order of their hashes, the free slot nearest to their place. So the
 * same data always gives the same picture, and a dot added to a cell moves at most the
 * few dots whose slots it takes. A cell with more dots than slots has its slots packed
 * closer, down to touching dots, then shared.
 */
final class Placement {

	static final double DOT = 11;

	/** The distance between the centres of neighbouring slots. */
	static final double PITCH = 27;

	/** How far a dot's centre keeps from its cell's edges. */
	static final double PAD = DOT + 2;

	/**
	 * Half the width and half the height of a ring's label (the longest, "3–12 mo"), on
	 * the vertical line above the centre.
	 */
	static final double LABEL_WIDTH = 26;

	static final double LABEL_HEIGHT = 8;

	private static final Comparator<RadarSignal> BY_HASH = Comparator
		.comparingLong((RadarSignal signal) -> hash(signal.pageId(), signal.position()))
		.thenComparing(RadarSignal::pageId)
		.thenComparingInt(RadarSignal::position);

	private Placement() {
	}

	/**
	 * Places the dots of one cell, between two angles and two radii, off these labels:
	 * every signal has the same sector and the same ring.
	 */
	static Map<RadarSignal, Point> place(List<RadarSignal> signals, double from, double to, double inner, double outer,
			List<Point> labels) {
		List<RadarSignal> ordered = new ArrayList<>(signals);
		ordered.sort(BY_HASH);
		List<Point> slots = slots(from, to, inner, outer, PITCH, labels);
		for (double pitch = PITCH * 0.9; slots.size() < signals.size() && pitch > DOT; pitch *= 0.9) {
			slots = slots(from, to, inner, outer, pitch, labels);
		}
		if (slots.isEmpty()) {
			slots = slots(from, to, inner, outer, PITCH, List.of());
		}
		boolean[] taken = new boolean[slots.size()];
		Map<RadarSignal, Point> placed = new IdentityHashMap<>();
		for (RadarSignal signal : ordered) {
			long hash = hash(signal.pageId(), signal.position());
			double u = (hash >>> 32) / 4294967296.0;
			double v = (hash & 0xffffffffL) / 4294967296.0;
			Point wanted = Disc.at(from + u * (to - from),
					Math.sqrt(inner * inner + v * (outer * outer - inner * inner)));
			int nearest = nearest(slots, taken, wanted);
			if (nearest < 0 && !slots.isEmpty()) {
				Arrays.fill(taken, false);
				nearest = nearest(slots, taken, wanted);
			}
			if (nearest < 0) {
				placed.put(signal, wanted);
			}
			else {
				taken[nearest] = true;
				placed.put(signal, slots.get(nearest));
			}
		}
		return placed;
	}

	private static int nearest(List<Point> slots, boolean[] taken, Point wanted) {
		int nearest = -1;
		double distance = Double.MAX_VALUE;
		for (int i = 0; i < slots.size(); i++) {
			double d = Math.hypot(slots.get(i).x() - wanted.x(), slots.get(i).y() - wanted.y());
			if (!taken[i] && d < distance) {
				nearest = i;
				distance = d;
			}
		}
		return nearest;
	}

	/**
	 * The slots of a cell: arcs {@code pitch} apart, centred in the ring, each with slots
	 * at least {@code pitch} apart and {@link #PAD} off the sector's edges (no edge when
	 * the cell is the whole circle), none on a label.
	 */
	private static List<Point> slots(double from, double to, double inner, double outer, double pitch,
			List<Point> labels) {
		boolean whole = to - from > 2 * Math.PI - 1e-9;
		double first = Math.max(inner + PAD, PITCH / 2);
		int arcs = Math.max(1, (int) Math.floor((outer - PAD - first) / pitch) + 1);
		double start = (first + outer - PAD) / 2 - (arcs - 1) * pitch / 2;
		List<Point> slots = new ArrayList<>();
		for (int arc = 0; arc < arcs; arc++) {
			double radius = start + arc * pitch;
			double margin = whole ? 0 : Math.asin(Math.min(1, PAD / radius));
			double span = to - from - 2 * margin;
			if (span < 0) {
				continue;
			}
			int count = Math.max(1, (int) Math.floor(radius * span / pitch));
			for (int i = 0; i < count; i++) {
				Point slot = Disc.at(from + margin + (i + 0.5) * span / count, radius);
				if (labels.stream().noneMatch(label -> covers(label, slot))) {
					slots.add(slot);
				}
			}
		}
		return slots;
	}

	/** Whether a dot there would touch the label. */
	static boolean covers(Point label, Point dot) {
		return Math.abs(dot.x() - label.x()) < LABEL_WIDTH + DOT && Math.abs(dot.y() - label.y()) < LABEL_HEIGHT + DOT;
	}

	/**
	 * FNV-1a over the UTF-8 of the key, then MurmurHash3's finaliser: the same on every
	 * JVM, run and machine.
	 */
	static long hash(String pageId, int position) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : (pageId + '\0' + position).getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
		hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

}
