package org.signaldigest.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nearest-rank percentiles of timed samples (milliseconds): the p-th percentile of n
 * sorted samples is the ceil(p / 100 × n)-th of them, so with 30 samples p95 is the 29th
 * and p99 the slowest.
 */
public record Percentiles(int count, double min, double p50, double p95, double p99, double max, double mean) {

	public static Percentiles of(double[] samples) {
		if (samples.length == 0) {
			throw new IllegalArgumentException("no samples");
		}
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		return new Percentiles(sorted.length, sorted[0], rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted[sorted.length - 1], Arrays.stream(sorted).average().orElseThrow());
	}

	private static double rank(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("samples", count);
		json.put("minMs", min);
		json.put("p50Ms", p50);
		json.put("p95Ms", p95);
		json.put("p99Ms", p99);
		json.put("maxMs", max);
		json.put("meanMs", mean);
		return json;
	}

}
