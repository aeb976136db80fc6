package org.signaldigest.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Throughput under load: {@code wrk -t2 -c16 -dSECONDSs --latency URL} against the running app, when wrk is on the
 * PATH ({@code apt-get install -y wrk}): every request rendered, after a first run of the same length that warms the
 * JIT up (kept beside the output, {@code wrk-warmup.txt}); or served from the app's page cache.
 *
 * @param command what ran, or would have
 * @param report what wrk reported, or null when it did not run
 * @param notRun why it did not run
 */
record WrkRun(String command, WrkReport report, String notRun) {

	static final double TARGET_REQUESTS_PER_SECOND = 500;

	/**
	 * @param cached false to have every request rendered ("Cache-Control: no-cache", which the app's page cache
	 * obeys), after a warm-up run; true to let the page cache answer (the JIT is warm by then)
	 */
	static WrkRun run(String url, int seconds, Path output, boolean cached) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency"));
		if (!cached) {
			command.addAll(List.of("-H", "Cache-Control: no-cache"));
		}
		command.add(url);
		String line = String.join(" ", command);
		if (seconds <= 0) {
			return new WrkRun(line, null, "not run: --wrk-seconds 0");
		}
		if (!onPath("wrk")) {
			return new WrkRun(line, null, "not run: wrk not installed");
		}
		// The JIT needs minutes of load to compile the rendering (throughput climbs from ~150 to ~500 requests/s over
		// the first two minutes here): a first run as long as the measured one warms it up, and is kept aside.
		if (!cached) {
			System.err.println("Warming up: " + line);
			wrk(command, output.resolveSibling("wrk-warmup.txt"));
		}
		System.err.println("Running " + line);
		int exit = wrk(command, output);
		String printed = Files.readString(output);
		if (exit != 0) {
			return new WrkRun(line, null, "failed: wrk exited with " + exit + ": " + printed.strip());
		}
		return new WrkRun(line, WrkReport.parse(printed), null);
	}

	private static int wrk(List<String> command, Path output) throws IOException, InterruptedException {
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start().waitFor();
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

	Boolean met() {
		return report == null ? null : report.requestsPerSecond() >= TARGET_REQUESTS_PER_SECOND && report.errors() == 0;
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("command", command);
		if (report == null) {
			json.put("notRun", notRun);
			return json;
		}
		json.putAll(report.json());
		json.put("target", "≥ " + (int) TARGET_REQUESTS_PER_SECOND + " requests/s, no errors");
		json.put("met", met());
		return json;
	}

	String markdown(double peakHeapMb) {
		if (report == null) {
			return "`" + command + "`: " + notRun + ".";
		}
		return String.format(Locale.ROOT, "`%s`: **%.1f requests/s** (target ≥ %.0f, no errors: %s); %d requests in "
				+ "%.1f s; latency mean %s ms, p50 %s ms, p99 %s ms, max %s ms; errors: %d non-2xx/3xx, socket "
				+ "connect %d, read %d, write %d, timeout %d. App peak heap %.0f MB of -Xmx%s (GC log, whole run).",
				command, report.requestsPerSecond(), TARGET_REQUESTS_PER_SECOND, met() ? "yes" : "no",
				report.requests(), report.seconds(), PageResult.ms(report.meanLatencyMs()),
				PageResult.ms(report.latencyPercentilesMs().getOrDefault("p50", Double.NaN)),
				PageResult.ms(report.latencyPercentilesMs().getOrDefault("p99", Double.NaN)),
				PageResult.ms(report.maxLatencyMs()), report.non2xx3xx(), report.connectErrors(),
				report.readErrors(), report.writeErrors(), report.timeouts(), peakHeapMb, AppProcess.MAX_HEAP);
	}

}
