package org.signaldigest.radar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.signaldigest.radar.Radar.Dot;
import org.signaldigest.radar.Radar.Point;
import org.signaldigest.radar.Radar.RingDots;
import org.signaldigest.radar.Radar.Sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.signaldigest.radar.TestSignals.DATE;
import static org.signaldigest.radar.TestSignals.firstSeen;
import static org.signaldigest.radar.TestSignals.many;
import static org.signaldigest.radar.TestSignals.of;
import static org.signaldigest.radar.TestSignals.ofThemes;
import static org.signaldigest.radar.TestSignals.signal;
import static org.signaldigest.radar.TestSignals.themed;

/** The radar's layout, without a database: sectors, rings, numbers, placement. */
class RadarLayoutTest {

	private static final RadarView BY_FIRST_SEEN = new RadarView(null, null, null, null);

	private static final RadarView BY_RELEVANCY = new RadarView(null, null, "relevancy", null);

	private static final RadarView BY_THEME = new RadarView("theme", null, "relevancy", null);

	@Test
	void theSameSignalsInAnyOrderGiveTheSamePicture() {
		List<RadarSignal> signals = many(100);
		List<RadarSignal> shuffled = new ArrayList<>(signals);
		Collections.shuffle(shuffled, new Random(42));

		Map<String, Point> first = points(RadarLayout.of(of(signals), BY_RELEVANCY));
		Map<String, Point> again = points(RadarLayout.of(of(signals), BY_RELEVANCY));
		Map<String, Point> reordered = points(RadarLayout.of(of(shuffled), BY_RELEVANCY));

		assertThat(first).hasSize(100).isEqualTo(again).isEqualTo(reordered);
	}

	@Test
	void aDotsPlaceComesFromItsPageIdAndPositionNeverFromARowId() {
		Point before = RadarLayout.of(of(List.of(signal("page", 2, 4, "ai"))), BY_RELEVANCY).dots().get(0).point();
		Point after = RadarLayout.of(of(List.of(signal("page", 2, 4, "ai"))), BY_RELEVANCY).dots().get(0).point();
		Point otherPosition = RadarLayout.of(of(List.of(signal("page", 3, 4, "ai"))), BY_RELEVANCY)
			.dots()
			.get(0)
			.point();

		assertThat(after).isEqualTo(before);
		assertThat(otherPosition).isNotEqualTo(before);
	}

	@Test
	void everySignalIsDrawnOnceNumberedBySectorThenRingThenAsRead() {
		List<RadarSignal> signals = many(60);
		Radar radar = RadarLayout.of(of(signals), BY_RELEVANCY);

		assertThat(radar.dots()).extracting(Dot::signal).containsExactlyInAnyOrderElementsOf(signals);
		assertThat(radar.dots()).extracting(Dot::number).containsExactlyElementsOf(numbers(60));
		List<Dot> listed = radar.sectors()
			.stream()
			.flatMap(sector -> sector.rings().stream())
			.flatMap(ring -> ring.dots().stream())
			.toList();
		assertThat(listed).isEqualTo(radar.dots());
		for (Sector sector : radar.sectors()) {
			assertThat(sector.rings()).extracting(ring -> ring.ring().index()).isSorted();
			for (RingDots ring : sector.rings()) {
				assertThat(ring.dots()).extracting(dot -> signals.indexOf(dot.signal())).isSorted();
			}
		}
	}

	@Test
	void sectorsByCategoryGoAlphabeticallyWithNoCategoryLast() {
		Radar radar = RadarLayout.of(of(List.of(signal("a", 0, 5, "science"), signal("b", 0, 4, "Business"),
				signal("c", 0, 3, null), signal("d", 0, 3, "technology"), signal("e", 0, 2, "science"))),
				BY_FIRST_SEEN);

		assertThat(radar.sectors()).extracting(Sector::name).containsExactly("Business", "science", "technology", null);
		assertThat(radar.sectors()).extracting(Sector::kind)
			.containsExactly("CATEGORY", "CATEGORY", "CATEGORY", "NO_CATEGORY");
		assertThat(radar.sectors()).extracting(Sector::count).containsExactly(1, 2, 1, 1);
		assertThat(radar.sectors()).extracting(Sector::colour).containsExactly("s0", "s1", "s2", "s-neutral");
	}

	@Test
	void beyondEightCategoriesTheSevenWithTheMostSignalsKeepASectorAndTheOthersShareOne() {
		List<RadarSignal> signals = new ArrayList<>();
		for (int category = 0; category < 10; category++) {
			for (int i = 0; i <= category; i++) {
				signals.add(signal("k" + category, i, 5, "k" + category));
			}
		}
		Radar radar = RadarLayout.of(of(signals), BY_FIRST_SEEN);

		assertThat(radar.sectors()).extracting(Sector::name)
			.containsExactly("k3", "k4", "k5", "k6", "k7", "k8", "k9", null);
		assertThat(radar.sectors().get(7).kind()).isEqualTo("OTHER_CATEGORIES");
		assertThat(radar.sectors().get(7).count()).isEqualTo(1 + 2 + 3);
		assertThat(radar.sectors().get(7).rings().get(0).dots()).extracting(dot -> dot.signal().category())
			.containsOnly("k0", "k1", "k2");
	}

	@Test
	void sectorsByThemeFollowTheChosenOrderAndASignalGoesInTheFirstChosenThemeItsArticleCarries() {
		Radar radar = RadarLayout.of(ofThemes(
				List.of(themed(signal("both", 0, 5, null), "web", "ai"), themed(signal("web-only", 0, 4, null), "web"),
						themed(signal("privacy", 0, 3, null), "privacy"),
						themed(signal("privacy-and-web", 0, 3, null), "privacy", "web")),
				"ai", "web", "privacy", "empty"), BY_THEME);

		assertThat(radar.sectors()).extracting(Sector::key).containsExactly("ai", "web", "privacy", "empty");
		assertThat(radar.sectors()).extracting(Sector::count).containsExactly(1, 2, 1, 0);
		assertThat(radar.sectors().get(1).rings())
			.flatExtracting(ring -> ring.dots().stream().map(dot -> dot.signal().pageId()).toList())
			.containsExactly("web-only", "privacy-and-web");
	}

	@Test
	void theRingIsTheRelevancyFiveAtTheCentreAndEachDotIsInsideItsSectorAndRing() {
		Radar radar = RadarLayout.of(of(many(90)), BY_RELEVANCY);

		assertThat(radar.rings()).extracting(Radar.Ring::argument).containsExactly(5, 4, 3, 2, 1);
		assertThat(radar.rings()).extracting(Radar.Ring::outerRadius).isSorted();
		for (Sector sector : radar.sectors()) {
			for (RingDots ring : sector.rings()) {
				assertThat(ring.dots()).allSatisfy(dot -> {
					assertThat(ring.ring().argument()).isEqualTo(dot.signal().relevancy());
					assertInside(radar, dot, sector.index(), ring.ring().index());
				});
			}
		}
	}

	@Test
	void firstSeenRingsCountBackThreeTwelveAndTwentyFourMonthsFromTheLatestDigest() {
		Map<LocalDate, Integer> expected = new TreeMap<>(
				Map.of(LocalDate.of(2029, 1, 1), 0, DATE, 0, LocalDate.of(2023, 12, 25), 0, LocalDate.of(2023, 12, 24),
						1, LocalDate.of(2023, 3, 25), 1, LocalDate.of(2023, 3, 24), 2, LocalDate.of(2022, 3, 25), 2,
						LocalDate.of(2022, 3, 24), 3, LocalDate.of(2001, 1, 1), 3));
		List<RadarSignal> signals = new ArrayList<>();
		expected.keySet().forEach(date -> signals.add(firstSeen(signal(date.toString(), 0, 3, "ai"), date)));

		Radar radar = RadarLayout.of(of(signals), BY_FIRST_SEEN);

		Map<LocalDate, Integer> rings = new TreeMap<>();
		radar.sectors()
			.get(0)
			.rings()
			.forEach(ring -> ring.dots().forEach(dot -> rings.put(dot.signal().firstSeen(), ring.ring().index())));
		assertThat(rings).isEqualTo(expected);
		assertThat(radar.rings()).extracting(Radar.Ring::key)
			.containsExactly("radar.ring.firstSeen0", "radar.ring.firstSeen1", "radar.ring.firstSeen2",
					"radar.ring.firstSeen3");
	}

	@Test
	void atScaleTheDotsFillTheDiscWithoutOverlapEvenWhenOneSectorAndOneRingHoldNearlyAll() {
		List<RadarSignal> signals = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			signals.add(signal("page" + i, i % 7, 5, i < 90 ? "technology" : "science"));
		}
		Radar radar = RadarLayout.of(of(signals), BY_RELEVANCY);

		List<Point> points = radar.dots().stream().map(Dot::point).toList();
		for (int i = 0; i < points.size(); i++) {
			for (int j = i + 1; j < points.size(); j++) {
				assertThat(distance(points.get(i), points.get(j))).isGreaterThanOrEqualTo(2 * Placement.DOT);
			}
		}
		assertThat(points).allSatisfy(point -> assertThat(fromCentre(point) + Placement.DOT)
			.isLessThanOrEqualTo(radar.rings().get(0).outerRadius()));
		assertThat(points.stream().mapToDouble(RadarLayoutTest::fromCentre).max().orElseThrow())
			.isGreaterThan(0.7 * Disc.RADIUS);
		assertThat(radar.rings().get(0).outerRadius()).isEqualTo(Disc.RADIUS - 4 * Disc.EMPTY_RING, within(0.01));
	}

	@Test
	void dotsKeepOffTheRingsLabelsAndInsideTheDiscEvenInANarrowSectorAtTheTop() {
		List<RadarSignal> signals = new ArrayList<>(many(99));
		signals.add(firstSeen(signal("a", 0, 5, "a narrow first sector"), DATE.minusMonths(6)));
		Radar radar = RadarLayout.of(of(signals), BY_FIRST_SEEN);

		assertThat(radar.sectors().get(0).count()).isEqualTo(1);
		assertThat(radar.dots()).extracting(Dot::point).allSatisfy(point -> {
			assertThat(radar.rings())
				.noneMatch(ring -> Placement.covers(new Point(ring.label().x(), ring.label().y() - 4), point));
			assertThat(fromCentre(point) + Placement.DOT).isLessThanOrEqualTo(Disc.RADIUS);
		});
		assertInside(radar, radar.dots().get(0), 0, 1);
	}

	@Test
	void ringAreasFollowTheirDotsAndNoRingIsThinnerThanItsLeast() {
		double[] radii = Disc.ringRadii(new int[] { 10, 30, 20, 40 });
		double[] sparse = Disc.ringRadii(new int[] { 50, 0, 0, 1 });

		double disc = Disc.RADIUS * Disc.RADIUS;
		assertThat(radii[0] * radii[0] / disc).isCloseTo(10.5 / 102, within(0.001));
		assertThat((radii[1] * radii[1] - radii[0] * radii[0]) / disc).isCloseTo(30.5 / 102, within(0.001));
		assertThat(radii[3]).isEqualTo(Disc.RADIUS);
		assertThat(sparse[2] - sparse[1]).isCloseTo(Disc.EMPTY_RING, within(0.01));
		assertThat(sparse[3] - sparse[2]).isCloseTo(Disc.MIN_RING, within(0.01));
	}

	@Test
	void sectorAnglesFollowTheirDotsFromTheTopButNoneIsLessThanHalfTheAverage() {
		double[] bounds = Disc.sectorBounds(new int[] { 30, 10, 0, 0 });

		assertThat(bounds[0]).isEqualTo(-Math.PI / 2);
		assertThat(bounds[4] - bounds[0]).isCloseTo(2 * Math.PI, within(1e-9));
		assertThat((bounds[1] - bounds[0]) / (bounds[2] - bounds[1])).isCloseTo(3, within(1e-9));
		assertThat((bounds[1] - bounds[0]) / (bounds[3] - bounds[2])).isCloseTo(30 / 5.0, within(1e-9));
		assertThat(Disc.sectorBounds(new int[] { 3, 4 })[0]).as("two sectors: the upper and lower halves")
			.isEqualTo(Math.PI);
	}

	@Test
	void noSignalsNoSectors() {
		Radar radar = RadarLayout.of(of(List.of()), BY_FIRST_SEEN);

		assertThat(radar.sectors()).isEmpty();
		assertThat(radar.dots()).isEmpty();
	}

	/** Whether the dot is in the sector's angles and the ring's radii. */
	private static void assertInside(Radar radar, Dot dot, int sector, int ring) {
		double[] bounds = Disc.sectorBounds(radar.sectors().stream().mapToInt(Sector::count).toArray());
		double angle = Math.atan2(dot.point().y() - Disc.CENTRE, dot.point().x() - Disc.CENTRE);
		while (angle < bounds[0]) {
			angle += 2 * Math.PI;
		}
		assertThat(angle).isBetween(bounds[sector], bounds[sector + 1]);
		double inner = ring == 0 ? 0 : radar.rings().get(ring - 1).outerRadius();
		assertThat(fromCentre(dot.point())).isBetween(inner, radar.rings().get(ring).outerRadius());
	}

	private static double fromCentre(Point point) {
		return Math.hypot(point.x() - Disc.CENTRE, point.y() - Disc.CENTRE);
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

	private static List<Integer> numbers(int count) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			numbers.add(i);
		}
		return numbers;
	}

	private static Map<String, Point> points(Radar radar) {
		return radar.dots()
			.stream()
			.collect(Collectors.toMap(dot -> dot.signal().pageId() + "#" + dot.signal().position(), Dot::point,
					(a, b) -> a, TreeMap::new));
	}

}
