package org.signaldigest.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Terms drawn with the weight 1/rank: a few very common ones and a long tail. */
final class Zipf {

	final List<String> terms;

	private final double[] cumulative;

	Zipf(List<String> terms) {
		this.terms = List.copyOf(terms);
		this.cumulative = new double[terms.size()];
		double sum = 0;
		for (int i = 0; i < terms.size(); i++) {
			sum += 1.0 / (i + 1);
			cumulative[i] = sum;
		}
	}

	String draw(Random random) {
		double target = random.nextDouble() * cumulative[cumulative.length - 1];
		int at = Arrays.binarySearch(cumulative, target);
		return terms.get(at >= 0 ? at : Math.min(-at - 1, terms.size() - 1));
	}

	/** count different terms (different ignoring case) in draw order. */
	List<String> distinct(Random random, int count) {
		Map<String, String> byLower = new LinkedHashMap<>();
		while (byLower.size() < count) {
			String term = draw(random);
			byLower.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
		}
		return new ArrayList<>(byLower.values());
	}

}
