package org.signaldigest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.signaldigest.background.ExclusiveWork;
import org.signaldigest.upload.Multipart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the app on one PostgreSQL, as behind a load balancer
 * (docker-compose.yml): started together on an empty database, they migrate it and import
 * the samples once; a login on one is a login on the other; an import through one is in
 * the other's API at once and in its pages once the version of the data it trusts
 * ({@code digest.page-cache.version-ttl}, 1 s) is over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	/**
	 * digest.page-cache.version-ttl: the bound on how stale a page of the other instance
	 * may be.
	 */
	private static final Duration VERSION_TTL = Duration.ofSeconds(1);

	private static final String USER = "admin";

	private static final String PASSWORD = "two instances, one database";

	private final TestDatabase server = TestDatabase.get();

	private JdbcTemplate jdbc;

	private AppInstance a;

	private AppInstance b;

	private long articlesAtStart;

	private int importsAtStart;

	/**
	 * Both start on an empty database while the test holds the lock of the samples'
	 * import: once both wait for it, both are at the same point of their start with the
	 * samples to import, and the test lets them go. (One after the other up to that
	 * point: two applications that set up their logging at the same time in one JVM trip
	 * over each other, which two processes never do.)
	 */
	@BeforeAll
	void startTwoInstancesTogetherOnAnEmptyDatabase() throws SQLException {
		String url = server.newDatabase("two_instances");
		jdbc = new JdbcTemplate(new DriverManagerDataSource(url, server.username(), server.password()));
		try (Connection holder = DriverManager.getConnection(url, server.username(), server.password())) {
			holder.createStatement().execute("select pg_advisory_lock(" + ExclusiveWork.key("samples") + ")");
			CompletableFuture<AppInstance> first = CompletableFuture.supplyAsync(() -> start(url));
			await().atMost(Duration.ofMinutes(2)).until(() -> waitingForTheSamples(holder) == 1);
			CompletableFuture<AppInstance> second = CompletableFuture.supplyAsync(() -> start(url));
			await().atMost(Duration.ofMinutes(2)).until(() -> waitingForTheSamples(holder) == 2);
			holder.createStatement().execute("select pg_advisory_unlock(" + ExclusiveWork.key("samples") + ")");
			a = first.join();
			b = second.join();
		}
		articlesAtStart = count("article");
		importsAtStart = a.importsFinished() + b.importsFinished();
	}

	@AfterAll
	void stopBoth() {
		for (AppInstance instance : new AppInstance[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void theSamplesAreImportedOnceByOneOfThem() {
		assertThat(articlesAtStart).isEqualTo(SamplePages.COUNT);
		assertThat(importsAtStart).as("import runs of the samples, on both instances together").isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
			.isZero();
	}

	@Test
	void aLoginOnOneIsALoginOnTheOther() {
		String session = a.client().logIn(USER, PASSWORD);

		HttpResponse<String> onB = b.client().get("/import", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Log out (" + USER + ")");

		HttpResponse<String> logout = b.client()
			.postForm("/logout", "_csrf=" + AppClient.csrfToken(onB.body()), session);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
		assertThat(a.client().get("/import", session).statusCode()).as("the import form on A after the logout on B")
			.isEqualTo(302);
	}

	@Test
	void anImportThroughOneIsInTheOthersApiAtOnceAndInItsPagesWithinTheVersionTtl() {
		String title = "Imported through the other instance";
		AppClient onA = a.client();
		assertThat(onA.get("/articles").body()).doesNotContain(title);
		int importsOnA = a.importsFinished();
		int importsOnB = b.importsFinished();
		Multipart page = new Multipart().file("files", "two-instances.md",
				TestPage.page("two-instances")
					.title(title)
					.digest("20261201")
					.markdown()
					.getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> imported = b.client()
			.post("/api/import", page.contentType(), page.publisher(), AppClient.basic(USER, PASSWORD));
		long finished = System.nanoTime();
		assertThat(imported.statusCode()).isEqualTo(200);

		assertThat(onA.get("/api/articles/two-instances").body()).contains(title);
		await().atMost(Duration.ofSeconds(30)).until(() -> System.nanoTime() - finished >= VERSION_TTL.toNanos());
		assertThat(onA.get("/articles").body()).contains(title);
		assertThat(onA.get("/articles/two-instances").body()).contains(title);
		assertThat(count("article")).isEqualTo(SamplePages.COUNT + 1);
		assertThat(b.importsFinished() - importsOnB).as("imports finished, and summaries refreshed, on B").isEqualTo(1);
		assertThat(a.importsFinished() - importsOnA).as("imports finished, and summaries refreshed, on A").isZero();
	}

	private static AppInstance start(String url) {
		return AppInstance.start("--server.port=0", "--" + TestDatabaseEnvironment.OWN_DATABASE_URL + "=" + url,
				"--digest.samples.load-on-empty-database=true", "--digest.page-cache.version-ttl=" + VERSION_TTL,
				"--digest.admin.username=" + USER, "--digest.admin.password=" + PASSWORD);
	}

	/** Sessions of the test's database waiting for the samples' lock. */
	private static long waitingForTheSamples(Connection connection) throws SQLException {
		try (PreparedStatement waiting = connection.prepareStatement("select count(*) from pg_locks"
				+ " where locktype = 'advisory' and not granted and ((classid::bigint << 32) | objid::bigint) = ?"
				+ " and database = (select oid from pg_database where datname = current_database())")) {
			waiting.setLong(1, ExclusiveWork.key("samples"));
			try (ResultSet result = waiting.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
