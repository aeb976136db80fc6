package org.signaldigest.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code wrk --latency} printed: throughput, latency, and every kind of error it
 * counts.
 */
public record WrkReport(long requests, double seconds, double requestsPerSecond, double meanLatencyMs,
		double maxLatencyMs, Map<String, Double> latencyPercentilesMs, long non2xx3xx, long connectErrors,
		long readErrors, long writeErrors, long timeouts) {

	private static final Pattern TOTALS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m|h),");

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern LATENCY = Pattern
		.compile("Latency\\s+([\\d.]+)(us|ms|s|m|h)\\s+[\\d.]+(?:us|ms|s|m|h)\\s+([\\d.]+)(us|ms|s|m|h)");

	private static final Pattern PERCENTILE = Pattern.compile("^\\s+(\\d+)%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$",
			Pattern.MULTILINE);

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	/**
	 * Reads wrk's report; lines wrk leaves out when there was nothing to count (errors)
	 * count zero.
	 */
	public static WrkReport parse(String output) {
		Matcher totals = find(TOTALS, output, true);
		Matcher rate = find(RATE, output, true);
		Matcher latency = find(LATENCY, output, true);
		Map<String, Double> percentiles = new LinkedHashMap<>();
		Matcher p = PERCENTILE.matcher(output);
		while (p.find()) {
			percentiles.put("p" + p.group(1), millis(p.group(2), p.group(3)));
		}
		Matcher non2xx = find(NON_2XX, output, false);
		Matcher socket = find(SOCKET_ERRORS, output, false);
		return new WrkReport(Long.parseLong(totals.group(1)), millis(totals.group(2), totals.group(3)) / 1000,
				Double.parseDouble(rate.group(1)), millis(latency.group(1), latency.group(2)),
				millis(latency.group(3), latency.group(4)), percentiles, count(non2xx, 1), count(socket, 1),
				count(socket, 2), count(socket, 3), count(socket, 4));
	}

	public long errors() {
		return non2xx3xx + connectErrors + readErrors + writeErrors + timeouts;
	}

	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("requests", requests);
		json.put("seconds", seconds);
		json.put("requestsPerSecond", requestsPerSecond);
		json.put("meanLatencyMs", meanLatencyMs);
		json.put("maxLatencyMs", maxLatencyMs);
		json.put("latencyPercentilesMs", latencyPercentilesMs);
		json.put("non2xx3xx", non2xx3xx);
		Map<String, Object> socketErrors = new LinkedHashMap<>();
		socketErrors.put("connect", connectErrors);
		socketErrors.put("read", readErrors);
		socketErrors.put("write", writeErrors);
		socketErrors.put("timeout", timeouts);
		json.put("socketErrors", socketErrors);
		json.put("errors", errors());
		return json;
	}

	private static Matcher find(Pattern pattern, String output, boolean required) {
		Matcher m = pattern.matcher(output);
		if (m.find()) {
			return m;
		}
		if (required) {
			throw new IllegalArgumentException("wrk printed no \"" + pattern.pattern() + "\" in:\n" + output);
		}
		return null;
	}

	private static long count(Matcher m, int group) {
		return m == null ? 0 : Long.parseLong(m.group(group));
	}

	private static double millis(String value, String unit) {
		double v = Double.parseDouble(value);
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "us" -> v / 1000;
			case "ms" -> v;
			case "s" -> v * 1000;
			case "m" -> v * 60_000;
			default -> v * 3_600_000;
		};
	}

}
