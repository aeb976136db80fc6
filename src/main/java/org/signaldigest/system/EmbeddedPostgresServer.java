package org.signaldigest.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that lives in a data directory of the user's. The first process
 * that needs it starts it; a second process (the app while the import CLI runs, or the
 * other way round) finds the server running on the same directory and shares it instead
 * of starting another one on the same files, which would corrupt them. A file lock beside
 * the directory makes that decision atomic between processes. Whichever process stops
 * last stops the server: one that stops while another is still connected leaves it
 * running for that one.
 */
final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/**
	 * Names this process's connections, so that it can tell them from another process's.
	 */
	static final String APPLICATION_NAME = "signal-digest-" + ProcessHandle.current().pid();

	/**
	 * The server this process started, or null when it shares one another process
	 * started.
	 */
	private final EmbeddedPostgres started;

	private final Postmaster postmaster;

	private EmbeddedPostgresServer(EmbeddedPostgres started, Postmaster postmaster) {
		this.started = started;
		this.postmaster = postmaster;
	}

	/**
	 * What PostgreSQL writes in postmaster.pid while it runs: line 1 is its process id,
	 * line 4 its port.
	 */
	private record Postmaster(long pid, int port) {

		static Optional<Postmaster> runningIn(Path dataDirectory) throws IOException {
			Path pidFile = dataDirectory.resolve("postmaster.pid");
			if (!Files.isRegularFile(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile);
			try {
				Postmaster postmaster = new Postmaster(Long.parseLong(lines.get(0).trim()),
						Integer.parseInt(lines.get(3).trim()));
				return postmaster.alive() ? Optional.of(postmaster) : Optional.empty();
			}
			catch (IndexOutOfBoundsException | NumberFormatException ex) {
				return Optional.empty();
			}
		}

		boolean alive() {
			return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		}

	}

	static EmbeddedPostgresServer startOrShare(Path dataDirectory, int port) {
		try {
			Files.createDirectories(dataDirectory);
			Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock ignored = channel.lock()) {
				Optional<Postmaster> running = Postmaster.runningIn(dataDirectory);
				if (running.isPresent()) {
					log.info("Database: sharing the embedded PostgreSQL already running on port {} with data in {}",
							running.get().port(), dataDirectory);
					return new EmbeddedPostgresServer(null, running.get());
				}
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setRegisterShutdownHook(false);
				if (port > 0) {
					builder.setPort(port);
				}
				EmbeddedPostgres postgres = builder.start();
				log.info("Database: embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
						dataDirectory);
				return new EmbeddedPostgresServer(postgres,
						Postmaster.runningIn(dataDirectory).orElse(new Postmaster(-1, postgres.getPort())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
					+ " (set SPRING_DATASOURCE_URL to use another PostgreSQL server): " + ex.getMessage(), ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postmaster.port() + "/postgres?ApplicationName=" + APPLICATION_NAME;
	}

	/** Called once this process's own connections are closed. */
	@Override
	public void close() throws IOException {
		if (otherProcessesConnected()) {
			log.info("Database: the embedded PostgreSQL stays up for the other process still using it");
			return;
		}
		if (started != null) {
			started.close();
		}
		else {
			// SIGTERM: PostgreSQL's "smart" shutdown, which lets any session still open
			// finish.
			ProcessHandle.of(postmaster.pid()).ifPresent(process -> {
				process.destroy();
				try {
					process.onExit().get(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException | ExecutionException | TimeoutException ex) {
					log.warn("Database: the embedded PostgreSQL (pid {}) did not stop within 30 s", postmaster.pid());
				}
			});
		}
	}

	/**
	 * Sessions that just closed linger a moment in pg_stat_activity: give them a second
	 * to go.
	 */
	private boolean otherProcessesConnected() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
				PreparedStatement statement = connection.prepareStatement("select count(*) from pg_stat_activity"
						+ " where backend_type = 'client backend' and application_name <> ?")) {
			statement.setString(1, APPLICATION_NAME);
			for (int attempt = 0; attempt < 10; attempt++) {
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (result.getLong(1) == 0) {
						return false;
					}
				}
				Thread.sleep(100);
			}
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

}
