package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.radar.Radar.Dot;
import org.signaldigest.radar.Radar.Point;
import org.signaldigest.radar.Radar.Ring;
import org.signaldigest.radar.Radar.RingDots;
import org.signaldigest.radar.Radar.Sector;

/**
 * Lays the radar out: {@link Sectors} gives each signal its sector, {@link Rings} its
 * ring, {@link Placement} the rings' sizes and each dot's place in its cell. The dots are
 * numbered by sector, ring (centre first), then in the order they were read (most
 * relevant, newest).
 */
final class RadarLayout {

	/** Sectors after the eighth (only "other categories") are grey. */
	private static final int COLOURS = 8;

	/** How far outside the disc the labels of the sectors are written. */
	private static final double LABEL_GAP = 7;

	/** The labels' font size in the stylesheet, and the width of their average letter. */
	private static final double LABEL_FONT = 15;

	private static final double LETTER = 9.5;

	private RadarLayout() {
	}

	static Radar of(RadarSignals data, RadarView view) {
		List<RadarSignal> signals = data.signals();
		Sectors sectors = view.byTheme() ? Sectors.byTheme(data.themes()) : Sectors.byCategory(signals);
		Rings rings = new Rings(view.byRelevancy(), data.latest());
		int sectorCount = sectors.all().size();
		List<List<List<RadarSignal>>> cells = new ArrayList<>();
		for (int s = 0; s < sectorCount; s++) {
			List<List<RadarSignal>> sector = new ArrayList<>();
			for (int r = 0; r < rings.count(); r++) {
				sector.add(new ArrayList<>());
			}
			cells.add(sector);
		}
		int[] perRing = new int[rings.count()];
		for (RadarSignal signal : signals) {
			int ring = rings.ringOf(signal);
			cells.get(sectors.sectorOf(signal)).get(ring).add(signal);
			perRing[ring]++;
		}
		double[] radii = Disc.ringRadii(perRing);
		List<Ring> ringList = new ArrayList<>();
		List<Point> labels = new ArrayList<>();
		for (int r = 0; r < rings.count(); r++) {
			Point label = Disc.ringLabel(r, radii);
			labels.add(label);
			ringList.add(new Ring(r, rings.key(r), rings.argument(r), radii[r], new Point(label.x(), label.y() + 4)));
		}
		int[] perSector = cells.stream().mapToInt(sector -> sector.stream().mapToInt(List::size).sum()).toArray();
		double[] bounds = Disc.sectorBounds(perSector);
		List<Sector> sectorList = new ArrayList<>();
		List<Dot> dots = new ArrayList<>();
		for (int s = 0; s < sectorCount; s++) {
			sectorList.add(sector(s, sectors.all(), bounds, cells.get(s), ringList, labels, dots));
		}
		return new Radar(view, sectorList, ringList, dots, data.matching(), data.unringed(), data.newDates(),
				data.latest(), data.themeChoices());
	}

	/** A sector with its dots placed and numbered after those of the sectors before. */
	private static Sector sector(int index, List<Sectors.Definition> sectors, double[] bounds,
			List<List<RadarSignal>> cells, List<Ring> rings, List<Point> labels, List<Dot> dots) {
		int count = sectors.size();
		Sectors.Definition definition = sectors.get(index);
		String colour = definition.kind() == Sectors.Kind.CATEGORY || definition.kind() == Sectors.Kind.THEME
				? "s" + Math.min(index, COLOURS - 1) : "s-neutral";
		double from = bounds[index];
		double to = bounds[index + 1];
		List<RingDots> byRing = new ArrayList<>();
		for (Ring ring : rings) {
			List<RadarSignal> cell = cells.get(ring.index());
			if (cell.isEmpty()) {
				continue;
			}
			double inner = ring.index() == 0 ? 0 : rings.get(ring.index() - 1).outerRadius();
			Map<RadarSignal, Point> points = new IdentityHashMap<>(
					Placement.place(cell, from, to, inner, ring.outerRadius(), labels));
			List<Dot> ringDots = new ArrayList<>();
			for (RadarSignal signal : cell) {
				Dot dot = new Dot(dots.size() + 1, signal, colour, points.get(signal));
				dots.add(dot);
				ringDots.add(dot);
			}
			byRing.add(new RingDots(ring, ringDots));
		}
		double middle = count == 1 ? -Math.PI / 2 : (from + to) / 2;
		double half = Math.toRadians(80);
		boolean above = Math.sin(middle) <= 1e-9;
		double radius = Disc.RADIUS + LABEL_GAP + (above ? 0 : LABEL_FONT * 0.8);
		String arc = above ? arc(middle - half, middle + half, radius, 1)
				: arc(middle + half, middle - half, radius, 0);
		int letters = (int) (Math.min(to - from, 2 * half) * radius / LETTER) - 1;
		String name = definition.name();
		String label = name == null || name.length() <= letters ? name
				: name.substring(0, Math.max(1, letters - 1)).strip() + "…";
		return new Sector(index, definition, colour, label, arc, count > 1 && index % 2 == 1 ? wedge(from, to) : null,
				count > 1 ? Disc.at(from, Disc.RADIUS) : null, byRing, ringDotsCount(byRing));
	}

	private static int ringDotsCount(List<RingDots> rings) {
		return rings.stream().mapToInt(ring -> ring.dots().size()).sum();
	}

	/** An arc of a circle around the centre, clockwise (sweep 1) or not (sweep 0). */
	private static String arc(double from, double to, double radius, int sweep) {
		Point start = Disc.at(from, radius);
		Point end = Disc.at(to, radius);
		String r = Point.format(radius);
		return "M" + start.sx() + " " + start.sy() + " A" + r + " " + r + " 0 0 " + sweep + " " + end.sx() + " "
				+ end.sy();
	}

	private static String wedge(double from, double to) {
		Point start = Disc.at(from, Disc.RADIUS);
		Point end = Disc.at(to, Disc.RADIUS);
		String r = Point.format(Disc.RADIUS);
		String centre = Point.format(Disc.CENTRE);
		return "M" + centre + " " + centre + " L" + start.sx() + " " + start.sy() + " A" + r + " " + r + " 0 "
				+ (to - from > Math.PI ? 1 : 0) + " 1 " + end.sx() + " " + end.sy() + " Z";
	}

}
