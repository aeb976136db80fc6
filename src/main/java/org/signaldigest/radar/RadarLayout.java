package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.radar.Radar.Entry;
import org.signaldigest.radar.Radar.Point;
import org.signaldigest.radar.Radar.Ring;
import org.signaldigest.radar.Radar.Sector;

/**
 * Lays the radar out: {@link SectorChoice} gives the sectors (themes, then "other") and
 * each signal's; its ring is its relevancy; {@link Placement} puts it in that cell.
 * Signals without relevancy are off the chart, still in a sector (for the table): "other"
 * is drawn only when it has a dot.
 */
final class RadarLayout {

	/**
	 * Sector names longer than this are cut beside the radar (the legend has them whole).
	 */
	static final int LABEL_LENGTH = 24;

	private static final double LABEL_GAP = 14;

	private RadarLayout() {
	}

	static Radar of(RadarSignals data) {
		List<RadarSignal> signals = data.signals();
		SectorChoice choice = SectorChoice.of(signals);
		Map<RadarSignal, Integer> sectorOf = new IdentityHashMap<>();
		signals.forEach(signal -> sectorOf.put(signal, choice.sectorOf(signal)));
		int[] dots = new int[choice.other() + 1];
		signals.stream().filter(signal -> signal.relevancy() != null).forEach(signal -> dots[sectorOf.get(signal)]++);
		int drawn = choice.other() + (dots[choice.other()] > 0 ? 1 : 0);
		Placement placement = new Placement(Math.max(drawn, 1));
		List<Sector> all = new ArrayList<>();
		for (int i = 0; i <= choice.other(); i++) {
			all.add(sector(placement, i, drawn, i < choice.other() ? choice.themes().get(i) : null, dots[i]));
		}
		return new Radar(all.subList(0, drawn), rings(), entries(signals, sectorOf, all, placement), data.matching(),
				data.more(), data.newDates());
	}

	private static Sector sector(Placement placement, int index, int count, RadarSignal.Theme theme, int dots) {
		double start = placement.startAngle(index);
		double span = 2 * Math.PI / count;
		double middle = start + span / 2;
		Point anchorPoint = Placement.at(middle, Placement.RADIUS + LABEL_GAP);
		double cos = Math.cos(middle);
		double sin = Math.sin(middle);
		String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
		Point label = new Point(anchorPoint.x(), anchorPoint.y() + (sin > 0.25 ? 10 : Math.abs(sin) <= 0.25 ? 4 : 0));
		Point edge = count > 1 ? Placement.at(start, Placement.RADIUS) : null;
		String wedge = count > 1 && index % 2 == 1 ? wedge(start, span) : null;
		String name = theme == null ? null : theme.name();
		String shortName = name == null || name.length() <= LABEL_LENGTH ? name
				: name.substring(0, LABEL_LENGTH - 1).strip() + "…";
		return new Sector(index, theme == null ? null : theme.slug(), name, shortName, dots, label, anchor, edge,
				wedge);
	}

	private static String wedge(double start, double span) {
		Point from = Placement.at(start, Placement.RADIUS);
		Point to = Placement.at(start + span, Placement.RADIUS);
		String radius = Point.format(Placement.RADIUS);
		return "M" + Point.format(Placement.CX) + " " + Point.format(Placement.CY) + " L" + from.sx() + " " + from.sy()
				+ " A" + radius + " " + radius + " 0 " + (span > Math.PI ? 1 : 0) + " 1 " + to.sx() + " " + to.sy()
				+ " Z";
	}

	private static List<Ring> rings() {
		List<Ring> rings = new ArrayList<>();
		for (int relevancy = 1; relevancy <= Placement.RINGS; relevancy++) {
			double middle = (Placement.innerRadius(relevancy) + Placement.outerRadius(relevancy)) / 2;
			rings.add(new Ring(relevancy, Placement.outerRadius(relevancy),
					new Point(Placement.CX, Placement.CY - middle + 4)));
		}
		return rings;
	}

	/**
	 * Every signal once: placed cell by cell, listed by sector, ring (off the chart
	 * last), then in the given order.
	 */
	private static List<Entry> entries(List<RadarSignal> signals, Map<RadarSignal, Integer> sectorOf,
			List<Sector> sectors, Placement placement) {
		Map<List<Integer>, List<RadarSignal>> cells = new LinkedHashMap<>();
		signals.stream()
			.filter(signal -> signal.relevancy() != null)
			.forEach(signal -> cells
				.computeIfAbsent(List.of(sectorOf.get(signal), signal.relevancy()), cell -> new ArrayList<>())
				.add(signal));
		Map<RadarSignal, Point> points = new IdentityHashMap<>();
		cells.forEach((cell, members) -> points.putAll(placement.place(cell.get(0), cell.get(1), members)));
		List<Entry> entries = new ArrayList<>();
		signals
			.forEach(signal -> entries.add(new Entry(signal, sectors.get(sectorOf.get(signal)), points.get(signal))));
		entries.sort(Comparator.comparingInt((Entry entry) -> entry.sector().index())
			.thenComparing(entry -> entry.signal().relevancy(), Comparator.nullsLast(Comparator.reverseOrder())));
		return entries;
	}

}
