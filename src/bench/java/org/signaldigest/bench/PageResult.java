package org.signaldigest.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.signaldigest.bench.PageTimer.Sample;

/**
 * What timing one page gave: its status codes, bytes, percentiles (of the page's timer), and the statements the
 * timed requests ran; or why it was not timed (a 404: the app has no such page yet; or an error).
 */
record PageResult(BrowsePage page, String path, Map<Integer, Long> statusCounts, long bytes, Percentiles total,
		Percentiles firstByte, StatementProfile statements, String notTimed) {

	static PageResult of(BrowsePage page, String path, List<Sample> samples, StatementProfile statements) {
		Map<Integer, Long> status = samples.stream()
			.collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
		return new PageResult(page, path, status, samples.get(samples.size() - 1).bytes(),
				Percentiles.of(samples.stream().mapToDouble(Sample::totalMs).toArray()),
				Percentiles.of(samples.stream().mapToDouble(Sample::firstByteMs).toArray()), statements, null);
	}

	static PageResult notFound(BrowsePage page, String path) {
		return new PageResult(page, path, Map.of(404, 1L), 0, null, null, null, "not found (404)");
	}

	static PageResult failed(BrowsePage page, String path, String error) {
		return new PageResult(page, path, Map.of(), 0, null, null, null, "failed: " + error);
	}

	/** A transport error or a 5xx: the app is broken (as opposed to slow, or without the page yet). */
	boolean broken() {
		return (notTimed != null && statusCounts.isEmpty()) || statusCounts.keySet().stream().anyMatch(s -> s >= 500);
	}

	/** The percentiles of what the page is timed by (first byte for exports, else the whole response). */
	Percentiles timed() {
		return page.timer() == BrowsePage.Timer.FIRST_BYTE ? firstByte : total;
	}

	double ratioToMainQuery() {
		return timed().p95() / statements.mainQueryMsPerRequest();
	}

	/** Whether the p95 target is met; null when the page has none or was not timed. */
	Boolean p95Met() {
		return notTimed != null || page.p95TargetMs() == 0 ? null : timed().p95() <= page.p95TargetMs();
	}

	/** Whether p95 / main query is within its target; null when there is none or no main query was seen. */
	Boolean ratioMet() {
		return notTimed != null || page.maxRatioToMainQuery() == 0 || statements.mainQuery() == null ? null
				: ratioToMainQuery() <= page.maxRatioToMainQuery();
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("page", page.path());
		json.put("path", path);
		json.put("timer", page.timer() == BrowsePage.Timer.FIRST_BYTE ? "first byte" : "whole response");
		json.put("status", statusCounts.entrySet().stream()
			.collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue, Long::sum, TreeMap::new)));
		if (notTimed != null) {
			json.put("notTimed", notTimed);
			return json;
		}
		json.put("bytes", bytes);
		json.put("timed", timed().json());
		json.put("total", total.json());
		json.put("firstByte", firstByte.json());
		json.putAll(statements.json());
		json.put("ratioP95ToMainQuery", ratioToMainQuery());
		Map<String, Object> targets = new LinkedHashMap<>();
		targets.put("p95Ms", page.p95TargetMs() == 0 ? null : page.p95TargetMs());
		targets.put("maxRatioToMainQuery", page.maxRatioToMainQuery() == 0 ? null : page.maxRatioToMainQuery());
		json.put("targets", targets);
		Map<String, Object> met = new LinkedHashMap<>();
		met.put("p95", p95Met());
		met.put("ratioToMainQuery", ratioMet());
		json.put("met", met);
		return json;
	}

	static final String MARKDOWN_HEADER = """
			| page | status | bytes | timed requests | p50 ms | p95 ms | p99 ms | p95 target | met | statements / request \
			| SQL ms / request | main query ms | p95 / main query | target | met |
			| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | --- | --- |""";

	String markdownRow() {
		String name = "`" + path + "`" + (page.timer() == BrowsePage.Timer.FIRST_BYTE ? ", first byte" : "");
		String status = statusCounts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
			.collect(Collectors.joining(", "));
		if (notTimed != null) {
			return "| " + name + " | " + status + " | " + notTimed + " | | | | | | | | | | | | |";
		}
		Percentiles p = timed();
		return String.join(" | ", "| " + name, status, String.format(Locale.ROOT, "%,d", bytes),
				Integer.toString(p.count()), ms(p.p50()), ms(p.p95()), ms(p.p99()),
				page.p95TargetMs() == 0 ? "—" : "≤ " + page.p95TargetMs() + " ms", yesNo(p95Met()),
				String.format(Locale.ROOT, "%.1f", statements.statementsPerRequest()),
				ms(statements.sqlMsPerRequest()), ms(statements.mainQueryMsPerRequest()), times(ratioToMainQuery()),
				page.maxRatioToMainQuery() == 0 ? "—" : "≤ " + times(page.maxRatioToMainQuery()),
				yesNo(ratioMet()) + " |");
	}

	private static String times(double ratio) {
		return Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.1f×", ratio);
	}

	static String ms(double value) {
		return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value < 10 ? "%.1f" : "%,.0f", value);
	}

	private static String yesNo(Boolean met) {
		return met == null ? "" : met ? "yes" : "no";
	}

}
