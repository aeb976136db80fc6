package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of the real CLI ({@code java -jar JAR import --quiet CORPUS}), read from its last line of totals. */
record CliRun(String name, double wallSeconds, double importSeconds, int pages, int imported, int unchanged,
		int failed, long commits, String summaryLine) {

	private static final Pattern SUMMARY = Pattern.compile(
			"(\\d+) pages?: (\\d+) imported, (\\d+) updated, (\\d+) unchanged, (\\d+) failed, (\\d+) skipped in ([\\d.]+) s \\((\\d+) pages/s\\)");

	/** Runs the import into the database, under JFR if jfrFile is given; its output goes to OUT/import-NAME.log. */
	static CliRun execute(String name, Path jar, Path corpus, Database db, Path jfrFile, Path out)
			throws IOException, InterruptedException, SQLException {
		List<String> command = new ArrayList<>();
		command.add(BenchMain.javaExecutable());
		if (jfrFile != null) {
			Files.deleteIfExists(jfrFile);
			command.add("-XX:FlightRecorderOptions:stackdepth=256");
			command.add("-XX:StartFlightRecording=settings=profile,filename=" + jfrFile);
		}
		command.addAll(List.of("-jar", jar.toString(), "import", "--quiet", corpus.toString(),
				"--spring.datasource.url=" + db.url, "--spring.datasource.username=" + db.user,
				"--spring.datasource.password=" + db.password));
		Path log = out.resolve("import-" + name + ".log");
		long commitsBefore = db.commits();
		System.err.println("Running the " + name + " import: " + String.join(" ", command.subList(1, command.size())));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int status = process.waitFor();
		double wall = (System.nanoTime() - start) / 1e9;
		long commits = db.commits() - commitsBefore;
		String summary = null;
		for (String line : Files.readAllLines(log)) {
			if (SUMMARY.matcher(line).find()) {
				summary = line;
			}
		}
		if (summary == null) {
			throw new IllegalStateException("The " + name + " import (exit " + status + ") printed no totals; see "
					+ log);
		}
		Matcher m = SUMMARY.matcher(summary);
		m.find();
		CliRun run = new CliRun(name, wall, Double.parseDouble(m.group(7)), Integer.parseInt(m.group(1)),
				Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), commits,
				summary.strip());
		System.err.printf(Locale.ROOT, "  %s (process %.1f s, exit %d)%n", run.summaryLine(), wall, status);
		return run;
	}

	double pagesPerSecond() {
		return pages / importSeconds;
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("pages", pages);
		json.put("imported", imported);
		json.put("unchanged", unchanged);
		json.put("failed", failed);
		json.put("importSeconds", importSeconds);
		json.put("pagesPerSecond", pagesPerSecond());
		json.put("processSeconds", wallSeconds);
		json.put("pagesPerSecondWithStartup", pages / wallSeconds);
		json.put("commits", commits);
		json.put("summaryLine", summaryLine);
		return json;
	}

}
