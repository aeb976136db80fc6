package org.signaldigest.background;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * One instance at a time: another session of the database (another instance) that holds
 * the lock of a kind of work makes {@link ExclusiveWork} wait, or skip the work; the lock
 * is held while the work runs and released however it ends.
 */
@DatabaseTest
class ExclusiveWorkTest {

	private static final String WORK = "exclusive-work-test";

	@Autowired
	ExclusiveWork exclusive;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void skipsTheWorkWhileAnotherInstanceDoesIt() throws SQLException {
		AtomicBoolean done = new AtomicBoolean();
		try (Connection connection = dataSource.getConnection()) {
			OtherInstance other = new OtherInstance(connection);
			other.lock();
			assertThat(exclusive.runIfFree(WORK, () -> done.set(true))).isFalse();
			assertThat(done).isFalse();
			other.unlock();
		}
		assertThat(exclusive.runIfFree(WORK, () -> done.set(true))).isTrue();
		assertThat(done).isTrue();
	}

	@Test
	void waitsForAnotherInstanceToFinishThenDoesTheWork() throws SQLException {
		AtomicBoolean done = new AtomicBoolean();
		try (Connection connection = dataSource.getConnection()) {
			OtherInstance other = new OtherInstance(connection);
			other.lock();
			CompletableFuture<Void> waiting = CompletableFuture
				.runAsync(() -> exclusive.run(WORK, () -> done.set(true)));
			await().atMost(Duration.ofSeconds(30)).until(() -> waiters() == 1);
			assertThat(done).isFalse();
			assertThat(waiting).isNotDone();

			other.unlock();
			waiting.join();
		}
		assertThat(done).isTrue();
		assertThat(waiters()).isZero();
	}

	@Test
	void holdsTheLockWhileTheWorkRunsAndReleasesItWhenTheWorkFails() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			OtherInstance other = new OtherInstance(connection);
			assertThatIllegalStateException().isThrownBy(() -> exclusive.run(WORK, () -> {
				assertThat(other.tryLock()).as("the lock, taken by another instance while the work runs").isFalse();
				throw new IllegalStateException("the work failed");
			}));
			assertThat(other.tryLock()).as("the lock, once the work failed").isTrue();
			other.unlock();
		}
	}

	@Test
	void eachKindOfWorkHasALockOfItsOwnTheSameOnEveryInstance() {
		assertThat(ExclusiveWork.key("samples")).isEqualTo(ExclusiveWork.key("samples"))
			.isNotEqualTo(ExclusiveWork.key("grouping-backfill"));
	}

	/** Sessions waiting for the lock of the work. */
	private long waiters() {
		return jdbc
			.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted"
					+ " and ((classid::bigint << 32) | objid::bigint) = :key")
			.param("key", ExclusiveWork.key(WORK))
			.query(Long.class)
			.single();
	}

	/** Another instance: a session of its own, the lock in its hands or not. */
	private static final class OtherInstance {

		private final JdbcTemplate jdbc;

		OtherInstance(Connection connection) {
			this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		}

		void lock() {
			jdbc.queryForList("select pg_advisory_lock(?)", ExclusiveWork.key(WORK));
		}

		boolean tryLock() {
			return jdbc.queryForObject("select pg_try_advisory_lock(?)", Boolean.class, ExclusiveWork.key(WORK));
		}

		void unlock() {
			jdbc.queryForObject("select pg_advisory_unlock(?)", Boolean.class, ExclusiveWork.key(WORK));
		}

	}

}
