package org.signaldigest.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepresentativesTest {

	private static final String[] WORDS = { "ai", "open", "source", "chatbots", "rise", "of", "the", "quantum",
			"computing", "hype", "remote", "work", "fatigue", "hybrid", "agents", "regulation", "push", "data",
			"privacy", "edge", "models", "small", "language", "robots", "in", "care", "é", "naïve", "4o", "gpt" };

	@Test
	void theMostSimilarRepresentativeIsTheOneComparingWithEveryRepresentativeFinds() {
		Random random = new Random(42);
		Representatives representatives = new Representatives();
		List<String> known = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String name = name(random);
			if (!known.contains(name)) {
				known.add(name);
				representatives.add(name, i + 1);
			}
		}
		int found = 0;
		for (int i = 0; i < 1500; i++) {
			String name = name(random);
			String expected = bruteForce(name, known);
			assertThat(representatives.mostSimilar(name, Trigrams.of(name))).as(name).isEqualTo(expected);
			found += expected == null ? 0 : 1;
		}
		assertThat(found).as("names with a similar representative").isBetween(500, 1400);
	}

	/** Compares the name with every representative. */
	private static String bruteForce(String name, List<String> known) {
		String best = null;
		float bestSimilarity = 0;
		for (String candidate : known) {
			float similarity = Trigrams.similarity(Trigrams.of(name), Trigrams.of(candidate));
			if (similarity >= Similarity.THRESHOLD && (best == null || similarity > bestSimilarity
					|| similarity == bestSimilarity && candidate.compareTo(best) < 0)) {
				best = candidate;
				bestSimilarity = similarity;
			}
		}
		return best;
	}

	private static String name(Random random) {
		List<String> words = new ArrayList<>();
		for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
			words.add(WORDS[random.nextInt(WORDS.length)]);
		}
		return String.join(" ", words);
	}

}
