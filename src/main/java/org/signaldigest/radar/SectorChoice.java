package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which themes get a sector, and which sector each signal goes in. Only the signals shown
 * count (the capped set, not every match), and of them only those on the chart (with a
 * relevancy), so that no sector is drawn empty.
 * <p>
 * The themes are chosen one by one, at most {@value #MAX_SECTORS}: each time the theme
 * carried by the articles of the most signals not yet covered by a chosen theme (ties: by
 * name). So themes that always come together (a book's "books", "science fiction", "space
 * opera") take one sector, not three, and "other" stays small. A signal then goes in the
 * sector of its article's highest-ranked theme that has one, ranked as its page lists
 * them ({@code article_theme.position}); failing that, in "other", the sector after the
 * themes'.
 */
final class SectorChoice {

	static final int MAX_SECTORS = 8;

	private static final Comparator<Map.Entry<RadarSignal.Theme, Integer>> MOST_THEN_BY_NAME = Map.Entry.<RadarSignal.Theme, Integer>comparingByValue()
		.reversed()
		.thenComparing(entry -> entry.getKey().name(), String.CASE_INSENSITIVE_ORDER)
		.thenComparing(entry -> entry.getKey().slug());

	private final List<RadarSignal.Theme> themes;

	private final Map<String, Integer> sectorOfSlug = new HashMap<>();

	private SectorChoice(List<RadarSignal.Theme> themes) {
		this.themes = themes;
		themes.forEach(theme -> sectorOfSlug.put(theme.slug(), sectorOfSlug.size()));
	}

	static SectorChoice of(List<RadarSignal> signals) {
		List<RadarSignal> onChart = signals.stream().filter(signal -> signal.relevancy() != null).toList();
		SectorChoice covering = new SectorChoice(covering(onChart));
		Set<Integer> used = onChart.stream().map(covering::sectorOf).collect(Collectors.toSet());
		List<RadarSignal.Theme> kept = new ArrayList<>();
		for (int i = 0; i < covering.themes.size(); i++) {
			if (used.contains(i)) {
				kept.add(covering.themes.get(i));
			}
		}
		return new SectorChoice(kept);
	}

	/** Greedily, the themes that together cover the most signals. */
	private static List<RadarSignal.Theme> covering(List<RadarSignal> signals) {
		List<RadarSignal> uncovered = new ArrayList<>(signals);
		List<RadarSignal.Theme> chosen = new ArrayList<>();
		while (chosen.size() < MAX_SECTORS) {
			Map<RadarSignal.Theme, Integer> counts = new HashMap<>();
			uncovered.forEach(signal -> signal.themes().forEach(theme -> counts.merge(theme, 1, Integer::sum)));
			Optional<RadarSignal.Theme> best = counts.entrySet().stream().min(MOST_THEN_BY_NAME).map(Map.Entry::getKey);
			if (best.isEmpty()) {
				break;
			}
			chosen.add(best.get());
			uncovered.removeIf(signal -> signal.themes().contains(best.get()));
		}
		return chosen;
	}

	/**
	 * @return the themes with a sector, in sector order
	 */
	List<RadarSignal.Theme> themes() {
		return themes;
	}

	/**
	 * @return the signal's sector: its article's first theme that has one, else
	 * {@link #other()}
	 */
	int sectorOf(RadarSignal signal) {
		return signal.themes()
			.stream()
			.map(theme -> sectorOfSlug.get(theme.slug()))
			.filter(sector -> sector != null)
			.findFirst()
			.orElse(other());
	}

	/**
	 * @return the index of the "other" sector, after the themes'
	 */
	int other() {
		return themes.size();
	}

}
