package org.signaldigest.radar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.signaldigest.radar.Radar.Entry;
import org.signaldigest.radar.Radar.Point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signaldigest.radar.TestSignals.many;
import static org.signaldigest.radar.TestSignals.of;
import static org.signaldigest.radar.TestSignals.signal;

/** The radar's layout, without a database: sectors, rings, placement. */
class RadarLayoutTest {

	@Test
	void theSameSignalsInAnyOrderGiveTheSamePicture() {
		List<RadarSignal> signals = many(300);
		List<RadarSignal> shuffled = new ArrayList<>(signals);
		Collections.shuffle(shuffled, new Random(42));

		Map<String, Point> first = points(RadarLayout.of(of(signals)));
		Map<String, Point> again = points(RadarLayout.of(of(signals)));
		Map<String, Point> reordered = points(RadarLayout.of(of(shuffled)));

		assertThat(first).hasSize(240).isEqualTo(again).isEqualTo(reordered);
	}

	@Test
	void aSignalKeepsItsPlaceWhenItsRowIdChangesBecauseNoRowIdIsUsed() {
		Point before = RadarLayout.of(of(List.of(signal("page", 2, 4, "ai")))).dots().get(0).point();
		Point after = RadarLayout.of(of(List.of(signal("page", 2, 4, "ai")))).dots().get(0).point();
		Point otherPosition = RadarLayout.of(of(List.of(signal("page", 3, 4, "ai")))).dots().get(0).point();

		assertThat(after).isEqualTo(before);
		assertThat(otherPosition).isNotEqualTo(before);
	}

	@Test
	void everySignalIsPlacedOnceOrListedOffTheChart() {
		List<RadarSignal> signals = many(300);
		Radar radar = RadarLayout.of(of(signals));

		assertThat(radar.entries()).extracting(Entry::signal).containsExactlyInAnyOrderElementsOf(signals);
		assertThat(radar.dots()).hasSize(240).allSatisfy(entry -> assertThat(entry.signal().relevancy()).isNotNull());
		assertThat(radar.offChart()).hasSize(60).allSatisfy(entry -> {
			assertThat(entry.signal().relevancy()).isNull();
			assertThat(entry.point()).isNull();
		});
	}

	@Test
	void atMostEightThemeSectorsAndOtherForTheRest() {
		Radar radar = RadarLayout.of(of(many(300)));

		assertThat(radar.sectors()).hasSize(9);
		assertThat(radar.sectors().subList(0, 8)).noneMatch(Radar.Sector::isOther);
		assertThat(radar.sectors().get(8).isOther()).isTrue();
		assertThat(radar.sectors()).extracting(Radar.Sector::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(radar.sectors().stream().mapToInt(Radar.Sector::dots).sum()).isEqualTo(240);
	}

	@Test
	void noOtherSectorDrawnWhenEveryDotHasOneOfTheTopThemes() {
		Radar radar = RadarLayout
			.of(of(List.of(signal("a", 0, 5, "ai"), signal("b", 0, 3, "privacy"), signal("c", 0, null, "old-theme"))));

		assertThat(radar.sectors()).extracting(Radar.Sector::slug).containsExactly("ai", "privacy");
		assertThat(radar.offChart()).singleElement().satisfies(entry -> assertThat(entry.sector().isOther()).isTrue());
	}

	@Test
	void themesAreChosenToCoverTheMostSignalsAndASignalGoesInItsArticlesFirstThemeThatHasASector() {
		List<RadarSignal> signals = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			signals.add(signal("both" + i, 0, 3, "ai", "web"));
		}
		signals.add(signal("web-only", 0, 2, "web"));
		signals.add(signal("web-only", 1, 2, "web"));
		signals.add(signal("privacy-first", 0, 4, "privacy", "ai"));
		for (int i = 0; i < 5; i++) {
			signals.add(signal("book", i, 4, "books", "science-fiction", "space-opera"));
		}
		signals.add(signal("old", 0, null, "old-theme"));
		signals.add(signal("themeless", 0, 5));
		Radar radar = RadarLayout.of(of(signals));
		Map<String, String> sectorOf = radar.entries()
			.stream()
			.collect(Collectors.toMap(entry -> entry.signal().pageId(), entry -> String.valueOf(entry.sector().slug()),
					(a, b) -> a));

		assertThat(radar.sectors()).extracting(Radar.Sector::slug).containsExactly("books", "web", "ai", null);
		assertThat(sectorOf).containsEntry("both0", "ai")
			.containsEntry("web-only", "web")
			.containsEntry("privacy-first", "ai")
			.containsEntry("book", "books")
			.containsEntry("old", "null")
			.containsEntry("themeless", "null");
		assertThat(radar.sectors()).extracting(Radar.Sector::dots).containsExactly(5, 2, 4, 1);
	}

	@Test
	void theRingIsTheRelevancyAndTheDotIsInsideItsSector() {
		Radar radar = RadarLayout.of(of(many(300)));

		assertThat(radar.dots()).allSatisfy(entry -> {
			double radius = Math.hypot(entry.point().x() - Placement.CX, entry.point().y() - Placement.CY);
			int relevancy = entry.signal().relevancy();
			assertThat(radius).isBetween(Placement.innerRadius(relevancy), Placement.outerRadius(relevancy));
			double sectorSpan = 2 * Math.PI / radar.sectors().size();
			double angle = Math.atan2(entry.point().y() - Placement.CY, entry.point().x() - Placement.CX);
			double fromTop = (angle + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
			assertThat((int) (fromTop / sectorSpan)).isEqualTo(entry.sector().index());
		});
		assertThat(radar.rings()).extracting(Radar.Ring::relevancy).containsExactly(1, 2, 3, 4, 5);
		assertThat(Placement.outerRadius(5)).isLessThan(Placement.outerRadius(1));
	}

	@Test
	void dotsOfACellThatHasRoomDoNotOverlap() {
		List<RadarSignal> signals = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			signals.add(signal("page" + i, i, 3, "ai"));
		}
		List<Point> points = RadarLayout.of(of(signals)).dots().stream().map(Entry::point).toList();

		for (int i = 0; i < points.size(); i++) {
			for (int j = i + 1; j < points.size(); j++) {
				assertThat(Math.hypot(points.get(i).x() - points.get(j).x(), points.get(i).y() - points.get(j).y()))
					.isGreaterThanOrEqualTo(Placement.CLEAR);
			}
		}
	}

	@Test
	void theTableListsBySectorThenRingWithSignalsOffTheChartLast() {
		Radar radar = RadarLayout.of(of(List.of(signal("a", 0, null, "ai"), signal("b", 0, 2, "ai"),
				signal("c", 0, 5, "ai"), signal("d", 0, 1, "ai", "web"), signal("e", 0, 4, "web"))));

		assertThat(radar.entries()).extracting(entry -> entry.signal().pageId())
			.containsExactly("c", "b", "d", "a", "e");
	}

	@Test
	void noSignalsNoSectors() {
		Radar radar = RadarLayout.of(of(List.of()));

		assertThat(radar.sectors()).isEmpty();
		assertThat(radar.entries()).isEmpty();
	}

	private static Map<String, Point> points(Radar radar) {
		return radar.dots()
			.stream()
			.collect(Collectors.toMap(entry -> entry.signal().pageId() + "#" + entry.signal().position(), Entry::point,
					(a, b) -> a, java.util.TreeMap::new));
	}

}
