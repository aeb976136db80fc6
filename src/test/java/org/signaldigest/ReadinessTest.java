package org.signaldigest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What a load balancer sees of an instance: nothing at all (the port is closed) while
 * Flyway migrates; readiness DOWN while the database cannot be reached, liveness UP all
 * along; readiness UP again once the database is back. Each instance on a database of its
 * own, on the test server, which the test makes unreachable
 * ({@code allow_connections false}).
 */
class ReadinessTest {

	private static final String READINESS = "/actuator/health/readiness";

	private static final String LIVENESS = "/actuator/health/liveness";

	private final TestDatabase server = TestDatabase.get();

	private final JdbcTemplate admin = new JdbcTemplate(
			new DriverManagerDataSource(server.url(), server.username(), server.password()));

	@Test
	void readinessFollowsTheDatabaseLivenessDoesNot() {
		String url = server.newDatabase("readiness");
		String database = name(url);
		try (AppInstance app = AppInstance.start("--server.port=0",
				"--" + TestDatabaseEnvironment.OWN_DATABASE_URL + "=" + url)) {
			AppClient client = app.client();
			assertThat(client.get(READINESS).statusCode()).isEqualTo(200);

			admin.execute("alter database " + database + " allow_connections false");
			admin.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where datname = ?", database);

			await().atMost(Duration.ofMinutes(1)).until(() -> client.get(READINESS).statusCode() == 503);
			assertThat(status(client.get(READINESS))).isEqualTo("DOWN");
			HttpResponse<String> liveness = client.get(LIVENESS);
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(status(liveness)).isEqualTo("UP");

			admin.execute("alter database " + database + " allow_connections true");
			await().atMost(Duration.ofMinutes(1)).until(() -> client.get(READINESS).statusCode() == 200);
			assertThat(status(client.get(READINESS))).isEqualTo("UP");
		}
		finally {
			admin.execute("alter database " + database + " allow_connections true");
		}
	}

	@Test
	void thePortStaysClosedWhileFlywayMigrates() throws IOException, SQLException {
		String url = server.newDatabase("migrating");
		Flyway.configure()
			.dataSource(url, server.username(), server.password())
			.locations("classpath:db/migration")
			.target("6")
			.load()
			.migrate();
		int port = freePort();
		CompletableFuture<AppInstance> starting;
		try (Connection holder = DriverManager.getConnection(url, server.username(), server.password());
				Statement lock = holder.createStatement()) {
			holder.setAutoCommit(false);
			lock.execute("lock table flyway_schema_history in access exclusive mode");
			starting = CompletableFuture.supplyAsync(() -> AppInstance.start("--server.port=" + port,
					"--" + TestDatabaseEnvironment.OWN_DATABASE_URL + "=" + url));
			await().atMost(Duration.ofMinutes(1))
				.until(() -> admin.queryForObject(
						"select count(*) from pg_stat_activity where datname = ? and wait_event_type = 'Lock'",
						Long.class, name(url)) > 0);

			assertThatExceptionOfType(ConnectException.class)
				.as("a connection to the instance while Flyway waits to migrate")
				.isThrownBy(() -> new Socket("localhost", port).close());
			assertThat(starting).isNotDone();
			holder.rollback();
		}
		try (AppInstance app = starting.join()) {
			assertThat(app.client().get(READINESS).statusCode()).isEqualTo(200);
			assertThat(new JdbcTemplate(new DriverManagerDataSource(url, server.username(), server.password()))
				.queryForObject("select to_regclass('spring_session') is not null", Boolean.class))
				.as("migrated to the end, once it could")
				.isTrue();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String status(HttpResponse<String> health) {
		return JsonPath.parse(health.body()).read("$.status", String.class);
	}

	/** The database of a URL such as {@code jdbc:postgresql://host:5432/name?x=y}. */
	private static String name(String url) {
		String path = url.substring(url.lastIndexOf('/') + 1);
		int query = path.indexOf('?');
		return (query < 0) ? path : path.substring(0, query);
	}

}
