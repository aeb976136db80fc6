package org.signaldigest.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The import benchmark: a generated corpus imported by the real CLI ({@code java -jar JAR import --quiet}) into an
 * empty database, then again unchanged, then the physical baseline: the same rows exported with
 * {@code COPY ... TO STDOUT}, the tables truncated, and the rows loaded back with {@code COPY ... FROM STDIN} in one
 * transaction. The database is a fresh embedded PostgreSQL (with pg_stat_statements) in OUT/pgdata, or, when
 * SPRING_DATASOURCE_URL is set, a database {@code signal_digest_bench} created anew on that server.
 */
final class ImportBench {

	/** The tables the import writes, parents first (the order COPY loads them in). */
	static final List<String> TABLES = List.of("article", "keyword", "theme", "article_keyword", "article_theme",
			"signal", "concern", "behavior", "technology", "issue", "article_related", "import_warning");

	private static final Pattern SUMMARY = Pattern.compile(
			"(\\d+) pages?: (\\d+) imported, (\\d+) updated, (\\d+) unchanged, (\\d+) failed, (\\d+) skipped in ([\\d.]+) s \\((\\d+) pages/s\\)");

	private ImportBench() {
	}

	record CliRun(String name, double wallSeconds, double importSeconds, int pages, int imported, int unchanged,
			int failed, long commits, String summaryLine) {

		double pagesPerSecond() {
			return pages / importSeconds;
		}

	}

	record CopyRun(double seconds, double exportSeconds, long rows, long bytes, Map<String, Long> rowsByTable) {
	}

	record StatementStat(String query, long calls, double totalMs, long rows) {
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
		deleteTree(corpus);
		long start = System.nanoTime();
		long bytes = CorpusGenerator.fromSamples().write(pages, seed, corpus);
		System.err.printf(Locale.ROOT, "Generated %d pages (%.1f MB) in %s in %.1f s%n", pages, bytes / 1e6, corpus,
				(System.nanoTime() - start) / 1e9);

		try (Database db = Database.start(out)) {
			System.err.println("Database: " + db.url + " (" + db.version() + ")");
			db.resetStatements();
			CliRun fresh = cli("fresh", jar, corpus, db, jfr ? out.resolve("import-fresh.jfr") : null, out);
			List<StatementStat> freshStatements = db.statements();
			db.resetStatements();
			CliRun unchanged = cli("unchanged", jar, corpus, db, null, out);
			List<StatementStat> unchangedStatements = db.statements();
			Map<String, Object> roundTrips = db.roundTrips();
			CopyRun copy = db.copyBaseline();
			Map<String, Object> profile = jfr ? JfrSummary.of(out.resolve("import-fresh.jfr")) : Map.of();

			Map<String, Object> results = new LinkedHashMap<>();
			results.put("pages", pages);
			results.put("seed", seed);
			results.put("corpusBytes", bytes);
			results.put("machine", machine(db));
			results.put("fresh", cliJson(fresh));
			results.put("unchanged", cliJson(unchanged));
			Map<String, Object> copyJson = new LinkedHashMap<>();
			copyJson.put("seconds", copy.seconds());
			copyJson.put("pagesPerSecond", pages / copy.seconds());
			copyJson.put("exportSeconds", copy.exportSeconds());
			copyJson.put("rows", copy.rows());
			copyJson.put("bytes", copy.bytes());
			copyJson.put("rowsByTable", copy.rowsByTable());
			results.put("copy", copyJson);
			results.put("ratioFreshImportToCopy", fresh.importSeconds() / copy.seconds());
			results.put("roundTrips", roundTrips);
			results.put("targets", Map.of("freshPagesPerSecond", 1000, "unchangedPagesPerSecond", 5000,
					"maxRatioToCopy", 3));
			results.put("statementsFresh", statementsJson(freshStatements, pages));
			results.put("statementsUnchanged", statementsJson(unchangedStatements, pages));
			results.put("jfrFresh", profile);
			Files.writeString(out.resolve("results.json"), Json.write(results) + "\n");

			System.out.println();
			System.out.println(table(pages, fresh, unchanged, copy));
			System.out.println();
			System.out.printf(Locale.ROOT, "Round trips on this connection: `select 1` %.3f ms, an empty transaction"
					+ " (BEGIN; select 1; COMMIT) %.3f ms, a one-row insert transaction %.3f ms%n",
					roundTrips.get("select1Ms"), roundTrips.get("emptyTransactionMs"),
					roundTrips.get("insertTransactionMs"));
			System.out.println();
			System.out.println(statementTable("fresh import", freshStatements, pages));
			System.out.println();
			System.out.println(statementTable("unchanged import", unchangedStatements, pages));
			if (jfr) {
				System.out.println();
				System.out.println(JfrSummary.markdown(profile));
			}
			System.out.println();
			System.out.println("Written: " + out.resolve("results.json"));
			return fresh.failed() == 0 && unchanged.failed() == 0 ? 0 : 1;
		}
	}

	private static CliRun cli(String name, Path jar, Path corpus, Database db, Path jfrFile, Path out)
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

	private static Map<String, Object> cliJson(CliRun run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("pages", run.pages());
		json.put("imported", run.imported());
		json.put("unchanged", run.unchanged());
		json.put("failed", run.failed());
		json.put("importSeconds", run.importSeconds());
		json.put("pagesPerSecond", run.pagesPerSecond());
		json.put("processSeconds", run.wallSeconds());
		json.put("pagesPerSecondWithStartup", run.pages() / run.wallSeconds());
		json.put("commits", run.commits());
		json.put("summaryLine", run.summaryLine());
		return json;
	}

	private static List<Object> statementsJson(List<StatementStat> statements, int pages) {
		List<Object> json = new ArrayList<>();
		for (StatementStat s : statements) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("query", s.query());
			row.put("calls", s.calls());
			row.put("callsPerPage", s.calls() / (double) pages);
			row.put("totalMs", s.totalMs());
			row.put("rows", s.rows());
			json.add(row);
		}
		return json;
	}

	private static Map<String, Object> machine(Database db) throws SQLException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("processors", Runtime.getRuntime().availableProcessors());
		json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		json.put("postgresql", db.version());
		json.put("database", db.embedded ? "embedded (io.zonky, fresh data directory)" : db.url);
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

	static String table(int pages, CliRun fresh, CliRun unchanged, CopyRun copy) {
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

	static String statementTable(String title, List<StatementStat> statements, int pages) {
		StringBuilder t = new StringBuilder();
		long calls = statements.stream().mapToLong(StatementStat::calls).sum();
		double ms = statements.stream().mapToDouble(StatementStat::totalMs).sum();
		t.append("pg_stat_statements, ").append(title).append(": ").append(calls).append(" statements (")
			.append(fmt(calls / (double) pages)).append(" per page), server execution ").append(fmt(ms / 1000))
			.append(" s in all (statements run fewer than pages/10 times, e.g. startup and Flyway, not shown)\n\n");
		t.append("| statement | calls | per page | total ms | ms per call |\n| --- | ---: | ---: | ---: | ---: |\n");
		statements.stream().filter(s -> s.calls() >= pages / 10).limit(20).forEach(s -> t.append("| `")
			.append(s.query().replaceAll("\\s+", " ").replace("|", "\\|").substring(0, Math.min(90,
					s.query().replaceAll("\\s+", " ").length())))
			.append("` | ").append(s.calls()).append(" | ").append(fmt(s.calls() / (double) pages)).append(" | ")
			.append(fmt(s.totalMs())).append(" | ").append(String.format(Locale.ROOT, "%.3f", s.totalMs() / s.calls()))
			.append(" |\n"));
		return t.toString().stripTrailing();
	}

	static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** The benchmark's database: a fresh embedded server, or a fresh database on SPRING_DATASOURCE_URL's server. */
	static final class Database implements AutoCloseable {

		final String url;

		final String user;

		final String password;

		final boolean embedded;

		private final EmbeddedPostgres postgres;

		private final Connection connection;

		private boolean statementsAvailable;

		private Database(EmbeddedPostgres postgres, String url, String user, String password) throws SQLException {
			this.postgres = postgres;
			this.embedded = postgres != null;
			this.url = url;
			this.user = user;
			this.password = password;
			this.connection = DriverManager.getConnection(url, user, password);
			try (Statement s = connection.createStatement()) {
				// In a schema of its own, so that Flyway still finds "public" empty.
				s.execute("create schema if not exists bench_stats");
				s.execute("create extension if not exists pg_stat_statements schema bench_stats");
				s.execute("select bench_stats.pg_stat_statements_reset()");
				statementsAvailable = true;
			}
			catch (SQLException ex) {
				System.err.println("pg_stat_statements is not available (" + ex.getMessage().strip()
						+ "); no statement counts");
			}
		}

		static Database start(Path out) throws IOException, SQLException {
			String external = System.getenv("SPRING_DATASOURCE_URL");
			if (external != null && !external.isBlank()) {
				String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
				String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
				try (Connection admin = DriverManager.getConnection(external, user, password);
						Statement s = admin.createStatement()) {
					s.execute("drop database if exists signal_digest_bench");
					s.execute("create database signal_digest_bench");
				}
				String url = external.replaceFirst("/[^/?]*(\\?|$)", "/signal_digest_bench$1");
				return new Database(null, url, user, password);
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(out.resolve("pgdata").toAbsolutePath())
				.setCleanDataDirectory(true)
				.setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.start();
			return new Database(postgres, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
					"postgres", "");
		}

		String version() throws SQLException {
			try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
				r.next();
				return "PostgreSQL " + r.getString(1);
			}
		}

		/** Mean latency of a round trip, an empty transaction and a one-row insert transaction. */
		Map<String, Object> roundTrips() throws SQLException {
			Map<String, Object> json = new LinkedHashMap<>();
			try (Statement s = connection.createStatement()) {
				s.execute("create temporary table bench_rtt (n int)");
			}
			try (var select = connection.prepareStatement("select 1");
					var insert = connection.prepareStatement("insert into bench_rtt values (1)")) {
				json.put("select1Ms", time(2000, () -> select.executeQuery().close()));
				connection.setAutoCommit(false);
				json.put("emptyTransactionMs", time(2000, () -> {
					select.executeQuery().close();
					connection.commit();
				}));
				json.put("insertTransactionMs", time(2000, () -> {
					insert.executeUpdate();
					connection.commit();
				}));
				connection.setAutoCommit(true);
			}
			try (Statement s = connection.createStatement()) {
				s.execute("drop table bench_rtt");
			}
			return json;
		}

		private interface Call {

			void run() throws SQLException;

		}

		private static double time(int times, Call call) throws SQLException {
			for (int i = 0; i < times / 4; i++) {
				call.run();
			}
			long start = System.nanoTime();
			for (int i = 0; i < times; i++) {
				call.run();
			}
			return (System.nanoTime() - start) / 1e6 / times;
		}

		String setting(String name) {
			try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("show " + name)) {
				r.next();
				return r.getString(1);
			}
			catch (SQLException ex) {
				return "?";
			}
		}

		long commits() throws SQLException {
			try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
					"select pg_stat_force_next_flush(), xact_commit from pg_stat_database where datname = current_database()")) {
				r.next();
				return r.getLong(2);
			}
			catch (SQLException ex) {
				return -1;
			}
		}

		void resetStatements() throws SQLException {
			if (statementsAvailable) {
				try (Statement s = connection.createStatement()) {
					s.execute("select bench_stats.pg_stat_statements_reset()");
				}
			}
		}

		List<StatementStat> statements() throws SQLException {
			List<StatementStat> stats = new ArrayList<>();
			if (!statementsAvailable) {
				return stats;
			}
			try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
					select query, calls, total_exec_time, rows from bench_stats.pg_stat_statements
					where dbid = (select oid from pg_database where datname = current_database())
					  and query not like '%pg_stat_statements%' and query not like '%pg_stat_database%'
					order by total_exec_time desc""")) {
				while (r.next()) {
					stats.add(new StatementStat(r.getString(1), r.getLong(2), r.getDouble(3), r.getLong(4)));
				}
			}
			return stats;
		}

		/** Exports the imported rows, truncates, and times loading them back with COPY in one transaction. */
		CopyRun copyBaseline() throws SQLException, IOException {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, String> columns = new LinkedHashMap<>();
			Map<String, byte[]> data = new LinkedHashMap<>();
			Map<String, Long> rowsByTable = new LinkedHashMap<>();
			long exportStart = System.nanoTime();
			long bytes = 0;
			for (String table : TABLES) {
				String list = columnsOf(table);
				columns.put(table, list);
				ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
				long rows = copy.copyOut("COPY (SELECT " + list + " FROM " + table + ") TO STDOUT", buffer);
				data.put(table, buffer.toByteArray());
				rowsByTable.put(table, rows);
				bytes += buffer.size();
			}
			double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
			try (Statement s = connection.createStatement()) {
				s.execute("truncate " + String.join(", ", TABLES));
				s.execute("checkpoint");
			}
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			long rows = 0;
			for (String table : TABLES) {
				rows += copy.copyIn("COPY " + table + " (" + columns.get(table) + ") FROM STDIN",
						new ByteArrayInputStream(data.get(table)));
			}
			connection.commit();
			double seconds = (System.nanoTime() - start) / 1e9;
			connection.setAutoCommit(true);
			for (String table : TABLES) {
				try (Statement s = connection.createStatement();
						ResultSet r = s.executeQuery("select count(*) from " + table)) {
					r.next();
					if (r.getLong(1) != rowsByTable.get(table)) {
						throw new IllegalStateException("COPY loaded " + r.getLong(1) + " rows into " + table
								+ ", expected " + rowsByTable.get(table));
					}
				}
			}
			System.err.printf(Locale.ROOT, "  COPY FROM STDIN of %d rows (%.1f MB) in %.2f s%n", rows, bytes / 1e6,
					seconds);
			return new CopyRun(seconds, exportSeconds, rows, bytes, rowsByTable);
		}

		/** The columns COPY can write: all but the generated (tsvector) ones; identity values are kept. */
		private String columnsOf(String table) throws SQLException {
			List<String> names = new ArrayList<>();
			try (var s = connection.prepareStatement("""
					select column_name from information_schema.columns
					where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
					order by ordinal_position""")) {
				s.setString(1, table);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						names.add(r.getString(1));
					}
				}
			}
			return String.join(", ", names);
		}

		@Override
		public void close() throws Exception {
			connection.close();
			if (postgres != null) {
				postgres.close();
			}
		}

	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
