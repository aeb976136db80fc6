package org.signaldigest.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
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
 * same rows, writes {@code OUT/results.json} and prints a Markdown table;</li>
 * <li>{@code jfr-summary FILE.jfr}: where the main thread of a recorded CLI import spends its time;</li>
 * <li>{@code jmh [JMH options]}: the parser benchmark ({@link ParserBenchmark}), in a JVM of its own.</li>
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
				       BenchMain jfr-summary FILE.jfr
				       BenchMain jmh [JMH options, e.g. -t 1 -wi 3 -i 5]""");
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

	/** Runs JMH's main in a child JVM whose class path is this one's, so that JMH can fork as it needs to. */
	private static int jmh(List<String> jmhArgs) throws Exception {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classPath(),
				"org.openjdk.jmh.Main"));
		if (jmhArgs.isEmpty()) {
			command.addAll(List.of(ParserBenchmark.class.getName(), "-f", "1", "-wi", "5", "-w", "2s", "-i", "10",
					"-r", "2s", "-t", "1", "-rf", "json", "-rff", "target/bench/jmh-parser.json"));
			new File("target/bench").mkdirs();
		}
		else {
			command.addAll(jmhArgs);
		}
		System.err.println("Running " + String.join(" ", command.subList(3, command.size())));
		return new ProcessBuilder(command).inheritIO().start().waitFor();
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
