package org.signaldigest.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The physical baseline: the imported rows exported with {@code COPY ... TO STDOUT}, the tables truncated, and the
 * rows loaded back with {@code COPY ... FROM STDIN} in one transaction.
 */
final class CopyBaseline {

	/** The tables the import writes, parents first (the order COPY loads them in). */
	static final List<String> TABLES = List.of("article", "keyword", "theme", "article_keyword", "article_theme",
			"signal", "concern", "behavior", "technology", "issue", "signal_group",
			"signal_group_member", "ungrouped_article");

	record CopyRun(double seconds, double exportSeconds, long rows, long bytes, Map<String, Long> rowsByTable) {

		Map<String, Object> json(int pages) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("seconds", seconds);
			json.put("pagesPerSecond", pages / seconds);
			json.put("exportSeconds", exportSeconds);
			json.put("rows", rows);
			json.put("bytes", bytes);
			json.put("rowsByTable", rowsByTable);
			return json;
		}

	}

	private CopyBaseline() {
	}

	/** Exports the imported rows, truncates, and times loading them back with COPY in one transaction. */
	static CopyRun run(Connection connection) throws SQLException, IOException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Map<String, String> columns = new LinkedHashMap<>();
		Map<String, byte[]> data = new LinkedHashMap<>();
		Map<String, Long> rowsByTable = new LinkedHashMap<>();
		long exportStart = System.nanoTime();
		long bytes = 0;
		for (String table : TABLES) {
			String list = columnsOf(connection, table);
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
	private static String columnsOf(Connection connection, String table) throws SQLException {
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

}
