package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** A summary of a JFR recording of the import: where the main thread's samples fall. */
final class JfrSummary {

	private static final Map<String, String> BUCKETS = new LinkedHashMap<>();

	static {
		// Matched innermost first: a sample counts for the deepest of these methods on its stack.
		BUCKETS.put("org.signaldigest.parser.MarkdownPageParser.parse", "parsing the page (MarkdownPageParser)");
		BUCKETS.put("org.signaldigest.importing.LoadedPage.read", "reading the page and its SHA-256");
		BUCKETS.put("org.signaldigest.importing.PageRows",
				"parameters of the page's rows (PageRows: arrays for unnest)");
		BUCKETS.put("org.signaldigest.importing.ArticleWriter.storedHashes",
				"stored hashes of a chunk of pages (one query)");
		BUCKETS.put("org.signaldigest.importing.ArticleWriter.write",
				"ArticleWriter.write (article and new terms; then all rows and links)");
		BUCKETS.put("org.signaldigest.trend.Representatives",
				"grouping a chunk: comparing its names with the representatives in memory");
		BUCKETS.put("org.signaldigest.trend.MembersSql", "grouping a chunk: writing its memberships and counters");
		BUCKETS.put("org.signaldigest.trend.SignalGrouping",
				"grouping a chunk: lock, reading its signals and the new groups, writing the groups it starts");
		BUCKETS.put("org.springframework.transaction", "transaction begin/commit (TransactionTemplate)");
		BUCKETS.put("org.signaldigest.importing.PageSources", "finding and reading the files");
		BUCKETS.put("org.signaldigest.importing.ImportPrinter", "printing");
		BUCKETS.put("org.signaldigest.importing.ImportPipeline", "import loop, waiting for the page threads");
	}

	private JfrSummary() {
	}

	static Map<String, Object> of(Path file) throws IOException {
		Map<String, Long> inclusive = new LinkedHashMap<>();
		Map<String, Long> buckets = new LinkedHashMap<>();
		Map<String, Long> selfTop = new HashMap<>();
		long mainSamples = 0;
		long waitingOnSocket = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			String type = event.getEventType().getName();
			if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
				continue;
			}
			var thread = event.getThread("sampledThread");
			if (thread == null || !"main".equals(thread.getJavaName())) {
				continue;
			}
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null) {
				continue;
			}
			// The profile settings sample threads in Java every 10 ms and threads in native code every 20 ms:
			// a native sample weighs two.
			long weight = type.equals("jdk.NativeMethodSample") ? 2 : 1;
			mainSamples += weight;
			List<RecordedFrame> frames = stack.getFrames();
			String top = frames.isEmpty() ? "?" : name(frames.get(0));
			selfTop.merge(top, weight, Long::sum);
			boolean socket = top.equals("sun.nio.ch.Net.poll");
			for (int i = 0; i < Math.min(4, frames.size()); i++) {
				socket |= name(frames.get(i)).startsWith("sun.nio.ch.NioSocketImpl");
			}
			if (socket) {
				waitingOnSocket += weight;
			}
			Set<String> seen = new HashSet<>();
			String bucket = null;
			for (RecordedFrame frame : frames) {
				String n = name(frame);
				if (n.startsWith("org.signaldigest.") && seen.add(n)) {
					inclusive.merge(n, weight, Long::sum);
				}
				if (bucket == null) {
					for (Map.Entry<String, String> b : BUCKETS.entrySet()) {
						if (n.startsWith(b.getKey())) {
							bucket = b.getValue();
							break;
						}
					}
				}
			}
			buckets.merge(bucket == null ? "outside the import loop (JVM and Spring startup, Flyway)" : bucket, weight,
					Long::sum);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("mainThreadSamples", mainSamples);
		json.put("sampleUnit", "10 ms (native samples weigh 2)");
		json.put("mainThreadWaitingOnSocketRead", waitingOnSocket);
		json.put("buckets", sorted(buckets, 20));
		json.put("inclusiveOrgSignaldigest", sorted(inclusive, 25));
		json.put("topFrames", sorted(selfTop, 20));
		return json;
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static Map<String, Long> sorted(Map<String, Long> counts, int limit) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	@SuppressWarnings("unchecked")
	static String markdown(Map<String, Object> json) {
		long total = (Long) json.get("mainThreadSamples");
		StringBuilder t = new StringBuilder();
		t.append("JFR (settings=profile), main thread of the recorded import: ").append(total)
			.append(" weighted samples of 10 ms (a native sample, taken every 20 ms, counts 2), of which ")
			.append(json.get("mainThreadWaitingOnSocketRead"))
			.append(" in socket I/O with PostgreSQL (Net.poll, NioSocketImpl read/write)\n\n");
		t.append("| where (innermost match on the stack) | samples | share |\n| --- | ---: | ---: |\n");
		((Map<String, Long>) json.get("buckets")).forEach((k, v) -> t.append("| ").append(k).append(" | ")
			.append(v).append(" | ").append(String.format(Locale.ROOT, "%.0f%%", 100.0 * v / total)).append(" |\n"));
		t.append("\n| method of the app on the stack (inclusive) | samples | share |\n| --- | ---: | ---: |\n");
		((Map<String, Long>) json.get("inclusiveOrgSignaldigest")).entrySet().stream().limit(15).forEach(e -> t
			.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" | ")
			.append(String.format(Locale.ROOT, "%.0f%%", 100.0 * e.getValue() / total)).append(" |\n"));
		t.append("\n| top frame | samples |\n| --- | ---: |\n");
		((Map<String, Long>) json.get("topFrames")).entrySet().stream().limit(12).forEach(e -> t.append("| `")
			.append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n"));
		return t.toString().stripTrailing();
	}

}
