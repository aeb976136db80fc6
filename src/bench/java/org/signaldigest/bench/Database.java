package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's database: a fresh embedded server, or a fresh database on SPRING_DATASOURCE_URL's server (the
 * import benchmark); or an embedded server on a data directory kept between runs (the browse benchmark).
 */
final class Database implements AutoCloseable {

	final String url;

	final String user;

	final String password;

	final boolean embedded;

	/** The benchmark's own connection (round trips, statement counts, the COPY baseline). */
	final Connection connection;

	final StatementStats statementStats;

	private final EmbeddedPostgres postgres;

	private Database(EmbeddedPostgres postgres, String url, String user, String password) throws SQLException {
		this.postgres = postgres;
		this.embedded = postgres != null;
		this.url = url;
		this.user = user;
		this.password = password;
		this.connection = DriverManager.getConnection(url, user, password);
		this.statementStats = StatementStats.install(connection);
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
		return embedded(out.resolve("pgdata"), true);
	}

	/**
	 * An embedded server with pg_stat_statements on the data directory (initdb when it holds no cluster yet). A clean
	 * one is emptied first and deleted when closed; otherwise its data stays for the next run.
	 */
	static Database embedded(Path dataDirectory, boolean clean) throws IOException, SQLException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.toAbsolutePath())
			.setCleanDataDirectory(clean)
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.start();
		return new Database(postgres, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
				"postgres", "");
	}

	void vacuumAnalyze() throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute("vacuum analyze");
		}
	}

	String version() throws SQLException {
		try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
			r.next();
			return "PostgreSQL " + r.getString(1);
		}
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

	@Override
	public void close() throws Exception {
		connection.close();
		if (postgres != null) {
			postgres.close();
		}
	}

}
