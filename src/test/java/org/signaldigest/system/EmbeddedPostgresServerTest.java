package org.signaldigest.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server of the run command: a second process shares it, the first one to
 * stop leaves it up for the other, the last one stops it, and the data survives.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path home;

	@Test
	void aSecondProcessSharesTheServerWhichStopsWithTheLastOneAndKeepsItsData() throws Exception {
		Path data = home.resolve("postgres");
		EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrShare(data, 0);
		execute(first.jdbcUrl(), "create table kept (word text); insert into kept values ('still here')");
		EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrShare(data, 0);
		assertThat(second.jdbcUrl()).isEqualTo(first.jdbcUrl());

		String anotherProcess = second.jdbcUrl().replace(EmbeddedPostgresServer.APPLICATION_NAME, "another-process");
		try (Connection secondsPool = DriverManager.getConnection(anotherProcess, "postgres", "")) {
			first.close();
			assertThat(query(secondsPool, "select word from kept")).isEqualTo("still here");
		}
		// The same JVM plays the other process: its connections are gone now.
		second.close();

		assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
		assertThatThrownBy(() -> execute(first.jdbcUrl(), "select 1")).isInstanceOf(SQLException.class);
	}

	@Test
	void theDataSurvivesARestartEvenAfterACrashLeftAStalePidFile() throws Exception {
		Path data = home.resolve("postgres");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrShare(data, 0)) {
			execute(server.jdbcUrl(), "create table kept (word text); insert into kept values ('still here')");
		}
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		Files.writeString(data.resolve("postmaster.pid"), finished.pid() + "\n" + data + "\n0\n54329\n");

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrShare(data, 0);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
			assertThat(query(connection, "select word from kept")).isEqualTo("still here");
		}
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
