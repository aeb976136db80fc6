package org.signaldigest.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chromium the browser tests drive, found in this order: the executable named by the
 * environment variable {@value #VARIABLE}; one installed at a usual path; otherwise the
 * headless Chromium shipped inside npm's {@code @sparticuz/chromium}, installed once per
 * machine into {@code ~/.cache/signal-digest/} (outside the work tree, shared by every
 * clone) with npm and unpacked with node. Playwright never downloads a browser of its
 * own.
 *
 * @param path the executable
 * @param arguments what it is launched with, besides Playwright's own
 * @param origin where it was found, for the log
 */
record ChromiumExecutable(Path path, List<String> arguments, String origin) {

	static final String VARIABLE = "SIGNAL_DIGEST_CHROMIUM";

	static final List<Path> INSTALL_PATHS = Stream
		.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable")
		.map(Path::of)
		.toList();

	static final String SPARTICUZ_VERSION = "153.0.0";

	static final String SPARTICUZ = "@sparticuz/chromium@" + SPARTICUZ_VERSION;

	/** Nothing that reaches for the network: this machine's network is closed. */
	private static final List<String> QUIET = List.of("--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run");

	/**
	 * A headless shell built for a serverless sandbox: one process, graphics in software.
	 */
	private static final List<String> SPARTICUZ_ARGUMENTS = List.of("--no-sandbox", "--no-zygote", "--single-process",
			"--use-gl=angle", "--use-angle=swiftshader");

	private static final Logger logger = LoggerFactory.getLogger(ChromiumExecutable.class);

	private static ChromiumExecutable found;

	/** Finds the browser once per JVM; fails saying why and what to do. */
	static synchronized ChromiumExecutable find() {
		if (found == null) {
			found = lookUp();
		}
		return found;
	}

	private static ChromiumExecutable lookUp() {
		String named = System.getenv(VARIABLE);
		if (named != null && !named.isBlank()) {
			Path path = Path.of(named);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException(VARIABLE + "=" + named + " is not an executable file: point it at a "
						+ "Chrome or Chromium executable, or unset it to use an installed one or npm's " + SPARTICUZ);
			}
			return new ChromiumExecutable(path, QUIET, VARIABLE);
		}
		for (Path path : INSTALL_PATHS) {
			if (Files.isExecutable(path)) {
				return new ChromiumExecutable(path, QUIET, "installed");
			}
		}
		return new ChromiumExecutable(sparticuzChromium(),
				Stream.concat(SPARTICUZ_ARGUMENTS.stream(), QUIET.stream()).toList(), SPARTICUZ);
	}

	/**
	 * The executable of {@value #SPARTICUZ}, installed if it is not there yet. Two JVMs
	 * may install at once: each works in a folder of its own and renames it into place in
	 * one step, so the cache folder is either whole or absent.
	 */
	private static Path sparticuzChromium() {
		Path cache = cacheHome().resolve("signal-digest").resolve("sparticuz-chromium-" + SPARTICUZ_VERSION);
		Path executable = cache.resolve("unpacked").resolve("chromium");
		if (Files.exists(cache)) {
			if (Files.isExecutable(executable)) {
				return executable;
			}
			throw new IllegalStateException(cache + " holds no " + executable.getFileName() + ": delete " + cache
					+ " and run the browser tests again");
		}
		logger.info("No Chrome or Chromium in {} nor at {}: installing {} into {}", VARIABLE, INSTALL_PATHS, SPARTICUZ,
				cache);
		long start = System.nanoTime();
		Path partial = null;
		try {
			Files.createDirectories(cache.getParent());
			partial = Files.createTempDirectory(cache.getParent(), cache.getFileName() + ".partial-");
			run(partial, Map.of(), "npm", "install", "--prefix", partial.toString(), "--no-audit", "--no-fund",
					"--loglevel=error", SPARTICUZ);
			// executablePath() unpacks into TMPDIR: make that a folder of ours
			Path unpacked = Files.createDirectory(partial.resolve("unpacked"));
			String printed = run(partial, Map.of("TMPDIR", unpacked.toString()), "node", "--input-type=module", "-e",
					"import chromium from '@sparticuz/chromium'; console.log(await chromium.executablePath());")
				.strip();
			if (!Path.of(printed).equals(unpacked.resolve("chromium"))) {
				throw new IllegalStateException(SPARTICUZ + " unpacked its Chromium to " + printed + ", not into "
						+ unpacked + ": its layout changed, update " + ChromiumExecutable.class.getSimpleName());
			}
			try {
				Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				if (!Files.isExecutable(executable)) {
					throw ex;
				}
				logger.info("Another process installed {} meanwhile: using its copy", SPARTICUZ);
				return executable;
			}
			logger.info("Installed {} in {} ms", SPARTICUZ, (System.nanoTime() - start) / 1_000_000);
			return executable;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not install " + SPARTICUZ + " into " + cache, ex);
		}
		finally {
			deleteRecursively(partial);
		}
	}

	private static Path cacheHome() {
		String xdg = System.getenv("XDG_CACHE_HOME");
		return (xdg != null && !xdg.isBlank()) ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
	}

	/**
	 * Runs a command in a folder and returns what it printed; fails naming the command.
	 */
	private static String run(Path folder, Map<String, String> environment, String... command) {
		String shown = String.join(" ", command);
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().putAll(environment);
		Path log = folder.resolve("command-output.log");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		try {
			Process process = builder.start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException(failure(shown, "did not end within 10 minutes", log));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(failure(shown, "exited with " + process.exitValue(), log));
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			String[] lines = output.strip().split("\n");
			return lines[lines.length - 1];
		}
		catch (IOException ex) {
			throw new IllegalStateException(failure(shown, "could not run: " + ex.getMessage(), log), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(failure(shown, "was interrupted", log), ex);
		}
	}

	private static String failure(String command, String what, Path log) {
		String output = "";
		try {
			if (Files.exists(log)) {
				output = Files.readString(log, StandardCharsets.UTF_8).strip();
			}
		}
		catch (IOException ex) {
			output = "(its output could not be read: " + ex.getMessage() + ")";
		}
		return "The browser tests need a Chrome or Chromium. None is named by " + VARIABLE + " nor installed at "
				+ INSTALL_PATHS + ", and fetching npm's " + SPARTICUZ + " failed: `" + command + "` " + what
				+ (output.isEmpty() ? "" : ":\n" + output) + "\nEither set " + VARIABLE
				+ " to a Chrome or Chromium executable, install one (e.g. apt-get install chromium), "
				+ "or make node and npm (Node.js 20 or later) work with the npm registry.";
	}

	private static void deleteRecursively(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover partial folder is never mistaken for an install; leave it
		}
	}

}
