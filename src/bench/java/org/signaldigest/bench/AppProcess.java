package org.signaldigest.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real app, {@code java -Xmx512m -jar JAR} on an embedded data directory (sharing the server the benchmark
 * started on it), on a free port, logging to DIR/app.log and its collections to DIR/app-gc.log. Closing it stops it.
 */
final class AppProcess implements AutoCloseable {

	static final String MAX_HEAP = "512m";

	private static final Duration STARTUP = Duration.ofMinutes(10);

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private final Path gcLog;

	/** Stops the app if the benchmark is interrupted (Ctrl-C) before it closes it. */
	private final Thread stopOnExit;

	private AppProcess(Process process, String baseUrl, Path log, Path gcLog) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
		this.gcLog = gcLog;
		this.stopOnExit = new Thread(process::destroy);
		Runtime.getRuntime().addShutdownHook(stopOnExit);
	}

	/** Starts the app and returns once it answers HTTP requests. */
	static AppProcess start(Path jar, Path dataDirectory, Path dir, HttpClient client)
			throws IOException, InterruptedException {
		int port = freePort();
		Path log = dir.resolve("app.log");
		Path gcLog = dir.resolve("app-gc.log");
		List<String> command = List.of(BenchMain.javaExecutable(), "-Xmx" + MAX_HEAP, "-Xlog:gc:file=" + gcLog,
				"-jar", jar.toString(), "--digest.database.embedded.data-directory=" + dataDirectory,
				"--digest.samples.load-on-empty-database=false", "--server.port=" + port);
		System.err.println("Starting the app: " + String.join(" ", command.subList(1, command.size())));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		AppProcess app = new AppProcess(process, "http://127.0.0.1:" + port, log, gcLog);
		try {
			app.awaitReady(client);
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			app.close();
			throw ex;
		}
		return app;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitReady(HttpClient client) throws IOException, InterruptedException {
		HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(Duration.ofSeconds(10))
			.build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The app exited with " + process.exitValue() + " while starting; "
						+ "see " + log);
			}
			try {
				client.send(probe, BodyHandlers.discarding());
				System.err.println("The app answers on " + baseUrl);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(500);
			}
		}
		throw new IllegalStateException("The app did not answer within " + STARTUP + "; see " + log);
	}

	String baseUrl() {
		return baseUrl;
	}

	/** The most heap the app has used so far (before a collection), from its GC log. */
	double peakHeapMb() throws IOException {
		return Files.isRegularFile(gcLog) ? GcLog.peakUsedMb(Files.readAllLines(gcLog)) : 0;
	}

	/** SIGTERM (a graceful shutdown; the database server stays up for the benchmark's connection), then SIGKILL. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			System.err.println("The app did not stop within 60 s after SIGTERM: killing it");
			process.destroyForcibly().waitFor();
		}
		Runtime.getRuntime().removeShutdownHook(stopOnExit);
	}

}
