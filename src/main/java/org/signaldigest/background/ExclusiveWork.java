package org.signaldigest.background;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Work that one instance of the app does at a time, however many share the database: each
 * kind of work has a PostgreSQL advisory lock, taken in a transaction of its own on a
 * connection of its own and held while the work runs (on other connections, in
 * transactions of its own). Ending that transaction releases the lock; so does the end of
 * its connection, when the instance dies. Work that must be done once checks, once it
 * holds the lock, whether it is still to be done: whoever waited finds it done.
 * <p>
 * A connection pooler in transaction mode (PgBouncer's {@code pool_mode=transaction})
 * keeps the lock, as the transaction stays open; it needs no session.
 */
@Component
public class ExclusiveWork {

	private final DataSource dataSource;

	private final SQLExceptionTranslator errors;

	ExclusiveWork(DataSource dataSource) {
		this.dataSource = dataSource;
		this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
	}

	/**
	 * Waits until no other instance does this work, then does it.
	 */
	public void run(String work, Runnable action) {
		locked(work, "select pg_advisory_xact_lock(?)", action);
	}

	/**
	 * Does this work unless another instance is doing it now.
	 * @return whether it was done here
	 */
	public boolean runIfFree(String work, Runnable action) {
		return locked(work, "select pg_try_advisory_xact_lock(?)", action);
	}

	private boolean locked(String work, String lock, Runnable action) {
		Connection connection = connect();
		try (connection) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(lock)) {
				statement.setLong(1, key(work));
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (result.getObject(1) instanceof Boolean taken && !taken) {
						connection.rollback();
						return false;
					}
				}
			}
			try {
				action.run();
			}
			catch (RuntimeException | Error ex) {
				release(connection, ex);
				throw ex;
			}
			connection.rollback();
			return true;
		}
		catch (SQLException ex) {
			DataAccessException translated = errors.translate("lock of " + work, lock, ex);
			throw (translated != null) ? translated : new UncategorizedSQLException("lock of " + work, lock, ex);
		}
	}

	/** Releases the lock of work that failed, keeping the failure the one to tell. */
	private static void release(Connection connection, Throwable failure) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	private Connection connect() {
		try {
			return dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Could not get a connection for a lock", ex);
		}
	}

	/**
	 * @return the advisory lock of this kind of work: the first 8 bytes of the SHA-256 of
	 * {@code signal-digest:} and its name, the same on every instance and version
	 */
	public static long key(String work) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("signal-digest:" + work).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
