package org.signaldigest.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** pg_stat_statements of the benchmark's database (in a schema bench_stats), when the server has it. */
final class StatementStats {

	private final Connection connection;

	private final boolean available;

	private StatementStats(Connection connection, boolean available) {
		this.connection = connection;
		this.available = available;
	}

	/** Creates the extension and resets it; without it, no statements are counted. */
	static StatementStats install(Connection connection) {
		try (Statement s = connection.createStatement()) {
			// In a schema of its own, so that Flyway still finds "public" empty.
			s.execute("create schema if not exists bench_stats");
			s.execute("create extension if not exists pg_stat_statements schema bench_stats");
			s.execute("select bench_stats.pg_stat_statements_reset()");
			return new StatementStats(connection, true);
		}
		catch (SQLException ex) {
			System.err.println("pg_stat_statements is not available (" + ex.getMessage().strip()
					+ "); no statement counts");
			return new StatementStats(connection, false);
		}
	}

	void reset() throws SQLException {
		if (available) {
			try (Statement s = connection.createStatement()) {
				s.execute("select bench_stats.pg_stat_statements_reset()");
			}
		}
	}

	/** The statements run on this database since the last reset, most server time first. */
	List<StatementStat> list() throws SQLException {
		List<StatementStat> stats = new ArrayList<>();
		if (!available) {
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

	static List<Object> json(List<StatementStat> statements, int pages) {
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

	static String markdown(String title, List<StatementStat> statements, int pages) {
		StringBuilder t = new StringBuilder();
		long calls = statements.stream().mapToLong(StatementStat::calls).sum();
		double ms = statements.stream().mapToDouble(StatementStat::totalMs).sum();
		t.append("pg_stat_statements, ").append(title).append(": ").append(calls).append(" statements (")
			.append(BenchResults.fmt(calls / (double) pages)).append(" per page), server execution ")
			.append(BenchResults.fmt(ms / 1000))
			.append(" s in all (statements run fewer than pages/10 times, e.g. startup and Flyway, not shown)\n\n");
		t.append("| statement | calls | per page | total ms | ms per call |\n| --- | ---: | ---: | ---: | ---: |\n");
		statements.stream().filter(s -> s.calls() >= pages / 10).limit(20).forEach(s -> t.append("| `")
			.append(s.query().replaceAll("\\s+", " ").replace("|", "\\|").substring(0, Math.min(90,
					s.query().replaceAll("\\s+", " ").length())))
			.append("` | ").append(s.calls()).append(" | ").append(BenchResults.fmt(s.calls() / (double) pages))
			.append(" | ").append(BenchResults.fmt(s.totalMs())).append(" | ")
			.append(String.format(Locale.ROOT, "%.3f", s.totalMs() / s.calls()))
			.append(" |\n"));
		return t.toString().stripTrailing();
	}

}
