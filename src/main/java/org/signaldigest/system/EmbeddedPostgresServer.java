package org.signaldigest.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that lives in a data directory of the user's. The first process that needs it starts it;
 * a second process (the app while the import CLI runs, or the other way round) finds the server running on the
 * same directory and shares it instead of starting another one on the same files, which would corrupt them.
 * A file lock beside the directory makes that decision atomic between processes.
 */
final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres owned;

	private final int port;

	private EmbeddedPostgresServer(EmbeddedPostgres owned, int port) {
		this.owned = owned;
		this.port = port;
	}

	static EmbeddedPostgresServer startOrShare(Path dataDirectory, int port) {
		try {
			Files.createDirectories(dataDirectory);
			Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock ignored = channel.lock()) {
				Optional<Integer> runningPort = runningServerPort(dataDirectory);
				if (runningPort.isPresent()) {
					log.info("Database: sharing the embedded PostgreSQL already running on port {} with data in {}",
							runningPort.get(), dataDirectory);
					return new EmbeddedPostgresServer(null, runningPort.get());
				}
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false);
				if (port > 0) {
					builder.setPort(port);
				}
				EmbeddedPostgres postgres = builder.start();
				log.info("Database: embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
						dataDirectory);
				return new EmbeddedPostgresServer(postgres, postgres.getPort());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
					+ " (set SPRING_DATASOURCE_URL to use another PostgreSQL server): " + ex.getMessage(), ex);
		}
	}

	/**
	 * PostgreSQL writes postmaster.pid while it runs: line 1 is the process id, line 4 the port.
	 */
	private static Optional<Integer> runningServerPort(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 4) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).trim());
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	@Override
	public void close() throws IOException {
		if (owned != null) {
			owned.close();
		}
	}

}
