package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.signaldigest.bench.CopyBaseline.CopyRun;

/** What an import benchmark measured: as results.json, and as the Markdown tables it prints. */
record BenchResults(int pages, long seed, long corpusBytes, CliRun fresh, CliRun unchanged, CopyRun copy,
		Map<String, Object> roundTrips, List<StatementStat> freshStatements, List<StatementStat> unchangedStatements,
		Map<String, Object> jfrFresh) {

	Map<String, Object> json(Database db) throws SQLException {
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("pages", pages);
		results.put("seed", seed);
		results.put("corpusBytes", corpusBytes);
		results.put("machine", machine(db));
		results.put("fresh", fresh.json());
		results.put("unchanged", unchanged.json());
		results.put("copy", copy.json(pages));
		results.put("ratioFreshImportToCopy", fresh.importSeconds() / copy.seconds());
		results.put("roundTrips", roundTrips);
		results.put("targets", Map.of("freshPagesPerSecond", 1000, "unchangedPagesPerSecond", 5000,
				"maxRatioToCopy", 3));
		results.put("statementsFresh", StatementStats.json(freshStatements, pages));
		results.put("statementsUnchanged", StatementStats.json(unchangedStatements, pages));
		results.put("jfrFresh", jfrFresh);
		return results;
	}

	/** The tables: throughput against the targets, round trips, statements, and the JFR summary if any. */
	String markdown(boolean jfr) {
		StringBuilder md = new StringBuilder();
		md.append("## Import (").append(pages).append(" pages, seed ").append(seed).append(")\n\n");
		md.append(table()).append("\n\n");
		md.append(String.format(Locale.ROOT, "Round trips on this connection: `select 1` %.3f ms, an empty transaction"
				+ " (BEGIN; select 1; COMMIT) %.3f ms, a one-row insert transaction %.3f ms%n%n",
				roundTrips.get("select1Ms"), roundTrips.get("emptyTransactionMs"),
				roundTrips.get("insertTransactionMs")));
		md.append(StatementStats.markdown("fresh import", freshStatements, pages)).append("\n\n");
		md.append(StatementStats.markdown("unchanged import", unchangedStatements, pages)).append("\n");
		if (jfr) {
			md.append("\n").append(JfrSummary.markdown(jfrFresh)).append("\n");
		}
		return md.toString();
	}

	static Map<String, Object> machine(Database db) throws SQLException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("processors", Runtime.getRuntime().availableProcessors());
		json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		json.put("postgresql", db.version());
		json.put("database", db.embedded ? "embedded (io.zonky)" : db.url);
		for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers", "max_wal_size")) {
			json.put(setting, db.setting(setting));
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					json.put("memory", line.substring("MemTotal:".length()).strip());
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return json;
	}

	private String table() {
		double ratio = fresh.importSeconds() / copy.seconds();
		StringBuilder t = new StringBuilder();
		t.append("| measure (").append(pages).append(" pages) | seconds | pages/s | target | met |\n");
		t.append("| --- | ---: | ---: | --- | --- |\n");
		row(t, "CLI import, empty database (import loop; process incl. startup " + fmt(fresh.wallSeconds()) + " s)",
				fresh.importSeconds(), fresh.pagesPerSecond(), "≥ 1,000 pages/s", fresh.pagesPerSecond() >= 1000);
		row(t, "CLI import, unchanged (process " + fmt(unchanged.wallSeconds()) + " s)", unchanged.importSeconds(),
				unchanged.pagesPerSecond(), "≥ 5,000 pages/s", unchanged.pagesPerSecond() >= 5000);
		row(t, "COPY FROM STDIN of the same " + copy.rows() + " rows (" + fmt(copy.bytes() / 1e6) + " MB)",
				copy.seconds(), pages / copy.seconds(), "baseline", true);
		t.append("| transactions committed: fresh ").append(fresh.commits()).append(", unchanged ")
			.append(unchanged.commits()).append(" | | | | |\n");
		t.append("| ratio fresh import / COPY | ").append(fmt(ratio)).append("× | | ≤ 3× | ")
			.append(ratio <= 3 ? "yes" : "no").append(" |");
		return t.toString();
	}

	private static void row(StringBuilder t, String name, double seconds, double rate, String target, boolean met) {
		t.append("| ").append(name).append(" | ").append(fmt(seconds)).append(" | ")
			.append(String.format(Locale.ROOT, "%,.0f", rate)).append(" | ").append(target).append(" | ")
			.append(target.equals("baseline") ? "" : met ? "yes" : "no").append(" |\n");
	}

	static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
