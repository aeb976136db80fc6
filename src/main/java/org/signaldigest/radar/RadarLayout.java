package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.radar.Radar.Entry;
import org.signaldigest.radar.Radar.Point;
import org.signaldigest.radar.Radar.Ring;
import org.signaldigest.radar.Radar.Sector;

/**
 * Lays the radar out. Sectors are the themes most of the shown signals' articles carry (at most
 * {@value #MAX_SECTORS}, counted over the signals shown, not every match), then "other". A signal goes in the sector
 * of its article's highest-ranked theme (the first its page lists) that has a sector, else in "other"; its ring is its
 * relevancy; {@link Placement} puts it in that cell. Signals without relevancy are off the chart, still in a sector.
 */
final class RadarLayout {

	static final int MAX_SECTORS = 8;

	/** Sector names longer than this are cut beside the radar (the legend has them whole). */
	static final int LABEL_LENGTH = 26;

	private static final double LABEL_GAP = 14;

	private RadarLayout() {
	}

	static Radar of(RadarSignals data) {
		List<RadarSignal> signals = data.signals();
		List<RadarSignal.Theme> top = topThemes(signals);
		Map<String, Integer> sectorOfTheme = new HashMap<>();
		top.forEach(theme -> sectorOfTheme.put(theme.slug(), sectorOfTheme.size()));
		Map<RadarSignal, Integer> sectorOf = new IdentityHashMap<>();
		for (RadarSignal signal : signals) {
			sectorOf.put(signal, signal.themes().stream().map(theme -> sectorOfTheme.get(theme.slug()))
				.filter(sector -> sector != null).findFirst().orElse(top.size()));
		}
		boolean other = sectorOf.containsValue(top.size());
		int count = top.size() + (other ? 1 : 0);
		int[] sizes = new int[count];
		sectorOf.values().forEach(sector -> sizes[sector]++);
		Placement placement = new Placement(Math.max(count, 1));
		List<Sector> sectors = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sectors.add(sector(placement, i, count, i < top.size() ? top.get(i) : null, sizes[i]));
		}
		return new Radar(sectors, rings(), entries(signals, sectorOf, sectors, placement), data.matching(),
				data.more(), data.newDates());
	}

	/** The themes carried by the most signals' articles, most first, then by name. */
	static List<RadarSignal.Theme> topThemes(List<RadarSignal> signals) {
		Map<RadarSignal.Theme, Integer> counts = new LinkedHashMap<>();
		signals.forEach(signal -> signal.themes().forEach(theme -> counts.merge(theme, 1, Integer::sum)));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<RadarSignal.Theme, Integer>comparingByValue().reversed()
				.thenComparing(entry -> entry.getKey().name(), String.CASE_INSENSITIVE_ORDER)
				.thenComparing(entry -> entry.getKey().slug()))
			.limit(MAX_SECTORS)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Sector sector(Placement placement, int index, int count, RadarSignal.Theme theme, int size) {
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
		return new Sector(index, theme == null ? null : theme.slug(), name, shortName, size, label, anchor, edge,
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

	/** Every signal once: placed cell by cell, listed by sector, ring (off the chart last), then in the given order. */
	private static List<Entry> entries(List<RadarSignal> signals, Map<RadarSignal, Integer> sectorOf,
			List<Sector> sectors, Placement placement) {
		Map<List<Integer>, List<RadarSignal>> cells = new LinkedHashMap<>();
		signals.stream().filter(signal -> signal.relevancy() != null).forEach(signal -> cells
			.computeIfAbsent(List.of(sectorOf.get(signal), signal.relevancy()), cell -> new ArrayList<>())
			.add(signal));
		Map<RadarSignal, Point> points = new IdentityHashMap<>();
		cells.forEach((cell, members) -> points.putAll(placement.place(cell.get(0), cell.get(1), members)));
		List<Entry> entries = new ArrayList<>();
		for (RadarSignal signal : signals) {
			Point point = points.get(signal);
			boolean right = point != null && point.x() > Placement.CX;
			Point label = point == null ? null
					: new Point(point.x() + (right ? -1 : 1) * (Placement.DOT + 3), point.y() + 4);
			entries.add(new Entry(signal, sectors.get(sectorOf.get(signal)), point, label, right ? "end" : "start"));
		}
		entries.sort(Comparator.comparingInt((Entry entry) -> entry.sector().index())
			.thenComparing(entry -> entry.signal().relevancy(), Comparator.nullsLast(Comparator.reverseOrder())));
		return entries;
	}

}
