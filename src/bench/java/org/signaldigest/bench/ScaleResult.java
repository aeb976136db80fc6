package org.signaldigest.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The browse benchmark at one scale: the database, the parameters picked, every page timed, and wrk with every page
 * rendered and from the app's page cache.
 */
record ScaleResult(int pages, Path dataDirectory, CliRun importRun, Map<String, Object> machine,
		BrowseParameters parameters, List<PageResult> results, WrkRun wrk, WrkRun cachedWrk, double peakHeapMb) {

	boolean broken() {
		return results.stream().anyMatch(PageResult::broken);
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("articles", pages);
		json.put("dataDirectory", dataDirectory.toString());
		json.put("import", importRun == null ? "reused" : importRun.json());
		json.put("machine", machine);
		json.put("parameters", parameters.json());
		json.put("pages", results.stream().map(PageResult::json).toList());
		json.put("wrk", wrk.json());
		json.put("wrkCached", cachedWrk.json());
		json.put("appPeakHeapMb", peakHeapMb);
		json.put("appMaxHeap", AppProcess.MAX_HEAP);
		return json;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT, "### %,d articles%n%n", pages));
		md.append("Database ").append(importRun == null ? "reused" : "imported by the CLI: " + importRun.summaryLine())
			.append(" (`").append(dataDirectory).append("`, ").append(machine.get("postgresql"))
			.append(", shared_buffers ").append(machine.get("shared_buffers")).append("). Parameters: ")
			.append(parameters.markdown()).append(".\n\n");
		md.append(PageResult.MARKDOWN_HEADER).append('\n');
		results.forEach(r -> md.append(r.markdownRow()).append('\n'));
		md.append("\nEvery request rendered: ").append(wrk.markdown(peakHeapMb)).append('\n');
		md.append("\nFrom the page cache: ").append(cachedWrk.markdown(peakHeapMb)).append('\n');
		return md.toString();
	}

}
