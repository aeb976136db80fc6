package org.signaldigest.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server of the run command: its data survives restarts, and a second process shares it. */
class EmbeddedPostgresServerTest {

	@TempDir
	Path home;

	@Test
	void aSecondProcessSharesTheRunningServerAndDataSurvivesARestart() throws Exception {
		Path data = home.resolve("postgres");
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrShare(data, 0)) {
			execute(first, "create table kept (word text); insert into kept values ('still here')");
			try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrShare(data, 0)) {
				assertThat(second.jdbcUrl()).isEqualTo(first.jdbcUrl());
				assertThat(query(second, "select word from kept")).isEqualTo("still here");
			}
			// Closing the sharer does not stop the owner's server.
			assertThat(query(first, "select count(*) from kept")).isEqualTo("1");
		}
		try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.startOrShare(data, 0)) {
			assertThat(query(restarted, "select word from kept")).isEqualTo("still here");
		}
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
