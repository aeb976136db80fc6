package org.signaldigest.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark commands, run with {@code ./mvnw -Pbench exec:java -Dexec.args="COMMAND ..."}:
 * <ul>
 * <li>{@code generate --pages N --out DIR --seed S}: writes a synthetic corpus;</li>
 * <li>{@code import-bench --pages N [--seed S] [--jar target/signal-digest.jar] [--out target/bench] [--no-jfr]}:
 * generates a corpus, imports it with the real CLI into an empty database, again unchanged, times a COPY of the
 * same rows, writes the "import" section of {@code OUT/results.json} and {@code OUT/results.md};</li>
 * <li>{@code browse-bench [--scales N,N,...] [--seed S] [--warmup W] [--iterations N] [--seconds-per-page S]
 * [--wrk-seconds S] [--jar JAR] [--out DIR]}: times the browsing pages of the real app at each scale
 * ({@link BrowseBench}), the "browse" section;</li>
 * <li>{@code jfr-summary FILE.jfr}: where the main thread of a recorded CLI import spends its time;</li>
 * <li>{@code jmh [--quick | JMH options]}: the parser benchmark ({@link ParserBenchmark}), in a JVM of its own;
 * without options (or with {@code --quick}, one short iteration) its result is the "parser" section.</li>
 * </ul>
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage();
			System.exit(2);
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		int status = switch (args[0]) {
			case "generate" -> generate(new Args(rest));
			case "import-bench" -> ImportBench.run(new Args(rest));
			case "browse-bench" -> BrowseBench.run(new Args(rest));
			case "jmh" -> jmh(rest);
			case "jfr-summary" -> {
				System.out.println(JfrSummary.markdown(JfrSummary.of(Path.of(rest.get(0)))));
				yield 0;
			}
			default -> {
				usage();
				yield 2;
			}
		};
		System.exit(status);
	}

	private static void usage() {
		System.err.println("""
				usage: BenchMain generate --pages N --out DIR [--seed S]
				       BenchMain import-bench --pages N [--seed S] [--jar JAR] [--out DIR] [--no-jfr]
				       BenchMain browse-bench [--scales 10000,30000,100000] [--seed S] [--warmup W] [--iterations N]
				                              [--seconds-per-page S] [--wrk-seconds S] [--jar JAR] [--out DIR]
				       BenchMain jfr-summary FILE.jfr
				       BenchMain jmh [--quick | JMH options, e.g. -t 1 -wi 3 -i 5]""");
	}

	private static int generate(Args args) throws Exception {
		int pages = args.intValue("--pages", 10_000);
		long seed = args.longValue("--seed", 42);
		Path out = Path.of(args.value("--out", "target/corpus"));
		long start = System.nanoTime();
		long bytes = CorpusGenerator.fromSamples().write(pages, seed, out);
		System.out.printf(Locale.ROOT, "wrote %d pages (%.1f MB) to %s with seed %d in %.1f s%n", pages,
				bytes / 1e6, out, seed, (System.nanoTime() - start) / 1e9);
		return 0;
	}

	/**
	 * Runs JMH's main in a child JVM whose class path is this one's, so that JMH can fork as it needs to. Without
	 * options or with --quick, the parser benchmark's result goes into results.json; other options go to JMH as given.
	 */
	private static int jmh(List<String> jmhArgs) throws Exception {
		boolean quick = jmhArgs.equals(List.of("--quick"));
		boolean recorded = jmhArgs.isEmpty() || quick;
		List<String> options = !recorded ? jmhArgs
				: quick ? List.of("-f", "1", "-wi", "1", "-w", "1s", "-i", "1", "-r", "1s", "-t", "1")
						: List.of("-f", "1", "-wi", "5", "-w", "2s", "-i", "10", "-r", "2s", "-t", "1");
		Path out = Path.of("target/bench");
		Path resultFile = out.resolve("jmh-parser.json");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classPath(),
				"org.openjdk.jmh.Main"));
		if (recorded) {
			command.add(ParserBenchmark.class.getName());
			Files.createDirectories(out);
		}
		command.addAll(options);
		if (recorded) {
			command.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
		}
		System.err.println("Running " + String.join(" ", command.subList(3, command.size())));
		int status = new ProcessBuilder(command).inheritIO().start().waitFor();
		if (recorded && status == 0) {
			ParserResults.record(resultFile, out, options);
		}
		return status;
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The class path of the project as exec:java set it up (its class loader), else java.class.path. */
	static String classPath() {
		ClassLoader loader = BenchMain.class.getClassLoader();
		if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
			return Arrays.stream(urls.getURLs()).map(BenchMain::toFile).collect(Collectors.joining(File.pathSeparator));
		}
		return System.getProperty("java.class.path");
	}

	private static String toFile(URL url) {
		try {
			return new File(url.toURI()).getPath();
		}
		catch (Exception ex) {
			return url.getPath();
		}
	}

	/** {@code --name value} options. */
	static final class Args {

		private final List<String> args;

		Args(List<String> args) {
			this.args = args;
		}

		String value(String name, String fallback) {
			int at = args.indexOf(name);
			return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
		}

		int intValue(String name, int fallback) {
			return Integer.parseInt(value(name, Integer.toString(fallback)).replace("_", ""));
		}

		long longValue(String name, long fallback) {
			return Long.parseLong(value(name, Long.toString(fallback)));
		}

		boolean flag(String name) {
			return args.contains(name);
		}

	}

}
