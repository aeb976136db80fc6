package org.signaldigest.radar;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the radar is drawn, as the visitor chose it: GET parameters beside the tables'
 * filters, so every radar is a bookmarkable URL.
 *
 * @param sectors {@code category} (a sector per category of the signals shown) or
 * {@code theme} (a sector per theme of {@code sectorTheme})
 * @param sectorTheme the slugs of the themes that get a sector, in this order (at most
 * {@value #MAX_SECTORS}); without them the collection's {@value #DEFAULT_THEMES} most
 * common themes
 * @param rings {@code first-seen} (how recently the signal was first seen, newest at the
 * centre) or {@code relevancy} (5 at the centre)
 * @param top how many signals are drawn: the most relevant, then the newest
 */
record RadarView(
// @formatter:off
		@Pattern(regexp = "category|theme", message = "must be category or theme") String sectors,
		@Size(max = RadarView.MAX_SECTORS, message = "choose at most {max} themes")
		List<@Size(max = 200) String> sectorTheme,
		@Pattern(regexp = "first-seen|relevancy", message = "must be first-seen or relevancy") String rings,
		@Min(1) @Max(RadarView.MAX_TOP) Integer top) {
	// @formatter:on

	static final int MAX_SECTORS = 8;

	static final int DEFAULT_THEMES = 6;

	static final int DEFAULT_TOP = 50;

	static final int MAX_TOP = 100;

	static final List<Integer> TOPS = List.of(25, DEFAULT_TOP, MAX_TOP);

	RadarView {
		sectors = sectors == null || sectors.isEmpty() ? "category" : sectors;
		sectorTheme = sectorTheme == null ? List.of()
				: sectorTheme.stream().filter(slug -> slug != null && !slug.isBlank()).distinct().toList();
		rings = rings == null || rings.isEmpty() ? "first-seen" : rings;
		top = top == null ? DEFAULT_TOP : top;
	}

	/** The sizes the page offers. */
	public List<Integer> tops() {
		return TOPS;
	}

	public boolean byTheme() {
		return sectors.equals("theme");
	}

	public boolean byRelevancy() {
		return rings.equals("relevancy");
	}

}
