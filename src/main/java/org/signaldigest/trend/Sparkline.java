package org.signaldigest.trend;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Mentions per month as the points of an inline SVG polyline, {@value #WIDTH} by {@value #HEIGHT}, the highest month
 * at the top; a single month is drawn as a flat line.
 */
public record Sparkline(List<Integer> counts) {

	static final int WIDTH = 120;

	static final int HEIGHT = 24;

	public Sparkline {
		counts = List.copyOf(counts);
	}

	public String points() {
		int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(0));
		int last = Math.max(1, counts.size() - 1);
		List<Integer> drawn = counts.size() == 1 ? List.of(counts.get(0), counts.get(0)) : counts;
		return IntStream.range(0, drawn.size())
			.mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", i * (double) WIDTH / last,
					HEIGHT - 1 - drawn.get(i) * (HEIGHT - 2.0) / max))
			.collect(Collectors.joining(" "));
	}

	public int total() {
		return counts.stream().mapToInt(Integer::intValue).sum();
	}

}
