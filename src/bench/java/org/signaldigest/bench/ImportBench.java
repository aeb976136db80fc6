package org.signaldigest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.signaldigest.bench.CopyBaseline.CopyRun;

/**
 * The import benchmark: a generated corpus imported by the real CLI ({@code java -jar JAR import --quiet}) into an
 * empty database, then again unchanged, then the physical baseline ({@link CopyBaseline}). The database is a fresh
 * embedded PostgreSQL (with pg_stat_statements) in OUT/pgdata, or, when SPRING_DATASOURCE_URL is set, a database
 * {@code signal_digest_bench} created anew on that server ({@link Database}).
 */
final class ImportBench {

	private ImportBench() {
	}

	static int run(BenchMain.Args args) throws Exception {
		int pages = args.intValue("--pages", 10_000);
		long seed = args.longValue("--seed", 42);
		Path jar = Path.of(args.value("--jar", "target/signal-digest.jar"));
		Path out = Path.of(args.value("--out", "target/bench"));
		boolean jfr = !args.flag("--no-jfr");
		if (!Files.isRegularFile(jar)) {
			System.err.println("No " + jar + ": build it first (./mvnw -Pbench -DskipTests package)");
			return 2;
		}
		Files.createDirectories(out);
		Path corpus = out.resolve("corpus");
		long bytes = GeneratedCorpus.write(pages, seed, corpus);

		try (Database db = Database.start(out)) {
			System.err.println("Database: " + db.url + " (" + db.version() + ")");
			StatementStats stats = db.statementStats;
			stats.reset();
			CliRun fresh = CliRun.execute("fresh", jar, corpus, db, jfr ? out.resolve("import-fresh.jfr") : null, out);
			List<StatementStat> freshStatements = stats.list();
			stats.reset();
			CliRun unchanged = CliRun.execute("unchanged", jar, corpus, db, null, out);
			List<StatementStat> unchangedStatements = stats.list();
			Map<String, Object> roundTrips = RoundTrips.measure(db.connection);
			CopyRun copy = CopyBaseline.run(db.connection);
			Map<String, Object> profile = jfr ? JfrSummary.of(out.resolve("import-fresh.jfr")) : Map.of();

			BenchResults results = new BenchResults(pages, seed, bytes, fresh, unchanged, copy, roundTrips,
					freshStatements, unchangedStatements, profile);
			String markdown = results.markdown(jfr);
			System.out.println();
			System.out.println(markdown);
			ResultsFile.put(out, "import", results.json(db), markdown);
			return fresh.failed() == 0 && unchanged.failed() == 0 ? 0 : 1;
		}
	}

}
