package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JMH parser benchmark's result file (-rf json), as the "parser" section of results.json and results.md. */
final class ParserResults {

	private ParserResults() {
	}

	static void record(Path jmhJson, Path out, List<String> options) throws IOException {
		JsonNode run = JsonMapper.builder().build().readTree(jmhJson.toFile()).get(0);
		JsonNode metric = run.get("primaryMetric");
		double score = number(metric.get("score"));
		double error = number(metric.get("scoreError"));
		String unit = metric.get("scoreUnit").asString();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("benchmark", run.get("benchmark").asString());
		json.put("options", String.join(" ", options));
		json.put("threads", run.get("threads").asInt());
		json.put("score", score);
		json.put("scoreError", error);
		json.put("unit", unit + " (operations are pages)");
		String figure = Double.isNaN(error) ? String.format(Locale.ROOT, "**%,.0f pages/s** (one iteration: no error"
				+ " bound)", score) : String.format(Locale.ROOT, "**%,.0f ± %,.0f pages/s**", score, error);
		String markdown = String.format(Locale.ROOT, "## Parser alone (JMH)%n%n`%s` (%s): %s per thread, 17 sample"
				+ " pages.%n", run.get("benchmark").asString(), String.join(" ", options), figure);
		ResultsFile.put(out, "parser", json, markdown);
	}

	/** JMH writes numbers, or "NaN" as a string (the error of a single iteration). */
	private static double number(JsonNode node) {
		return Double.parseDouble(node.asString());
	}

}
