package org.signaldigest.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every scale of a browse benchmark run, as the "browse" section of results.json and results.md. */
record BrowseReport(BrowseBench.Settings settings, List<ScaleResult> scales) {

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("settings", settings.json());
		json.put("scales", scales.stream().map(ScaleResult::json).toList());
		return json;
	}

	String markdown() {
		StringBuilder md = new StringBuilder("## Browsing\n\n");
		md.append(String.format(Locale.ROOT, "App `java -Xmx%s -jar target/signal-digest.jar` on the embedded "
				+ "PostgreSQL; per page %d warm-up requests, then up to %d timed sequential requests (at least %d, at "
				+ "most %d s of them), HttpClient on one connection; nearest-rank percentiles, server side (localhost)."
				+ " Statements: pg_stat_statements over the timed requests, transaction control left out; the main "
				+ "query is the statement with the largest server time per request.%n%n", AppProcess.MAX_HEAP,
				settings.warmup(), settings.iterations(), Math.min(PageTimer.MIN_SAMPLES, settings.iterations()),
				settings.secondsPerPage()));
		scales.forEach(s -> md.append(s.markdown()).append('\n'));
		if (scales.size() > 1) {
			md.append(scaling());
		}
		return md.toString();
	}

	/** Page × scale: p50 / p95, the cost of a page against the size of the data. */
	private String scaling() {
		StringBuilder md = new StringBuilder("### Scaling: p50 / p95 ms by number of articles\n\n| page |");
		scales.forEach(s -> md.append(String.format(Locale.ROOT, " %,d |", s.pages())));
		md.append("\n| --- |").append(" ---: |".repeat(scales.size())).append('\n');
		for (BrowsePage page : BrowsePage.ALL) {
			md.append("| `").append(page.path()).append('`')
				.append(page.timer() == BrowsePage.Timer.FIRST_BYTE ? ", first byte" : "").append(" |");
			for (ScaleResult scale : scales) {
				PageResult result = scale.results().stream().filter(r -> r.page().equals(page)).findFirst()
					.orElseThrow();
				md.append(' ').append(result.notTimed() != null ? result.notTimed()
						: PageResult.ms(result.timed().p50()) + " / " + PageResult.ms(result.timed().p95()))
					.append(" |");
			}
			md.append('\n');
		}
		return md.toString();
	}

}
