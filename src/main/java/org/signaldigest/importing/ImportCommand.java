package org.signaldigest.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar signal-digest.jar import [--dry-run] [--quiet] PATH...}: imports pages
 * without starting the web server, on the same database as the app, and records the run
 * in the import history ({@link ImportHistory}, "cli", by the user of the system). Exit
 * code 0 when nothing failed, 1 when a page failed, 2 on a usage error.
 */
public final class ImportCommand {

	public static final String NAME = "import";

	/** How the history says the command line's runs were started. */
	static final String VIA = "cli";

	static final String USAGE = """
			usage: signal-digest import [--dry-run] [--quiet] PATH...
			  PATH       a .md page, a folder (searched recursively) or a .zip of pages
			  --dry-run  parse and report, write nothing
			  --quiet    print only failures and the totals
			  --NAME=VALUE  any setting of the app, e.g. --spring.datasource.url=jdbc:postgresql://host/db""";

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	public ImportCommand(Class<?> application, PrintStream out, PrintStream err, boolean terminal) {
		this.application = application;
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	/**
	 * @param args the arguments after "import"
	 */
	public int run(List<String> args) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("error: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		if (options.help()) {
			out.println(USAGE);
			return 0;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("digest.samples.load-on-empty-database=false", "logging.level.root=WARN")
			.run(options.settings().toArray(String[]::new))) {
			err.println("Database: " + context.getBean(HikariDataSource.class).getJdbcUrl());
			ImportPrinter printer = new ImportPrinter(out, err, options.quiet(), terminal);
			ImportHistory history = context.getBean(ImportHistory.class);
			long runId = history.start(System.getProperty("user.name"), VIA, options.dryRun(), options.paths().size());
			RecordedRun recorded = new RecordedRun(history, runId);
			ImportSummary summary;
			try {
				summary = context.getBean(ImportService.class)
					.importPaths(options.paths(), options.dryRun(), printer.andThen(recorded));
			}
			catch (RuntimeException ex) {
				recorded.flush();
				history.crash(runId, "the import stopped: " + ex.getMessage());
				throw ex;
			}
			recorded.flush();
			history.finish(runId);
			printer.finish(summary, options.dryRun());
			return summary.anyFailed() ? 1 : 0;
		}
	}

	record Options(boolean dryRun, boolean quiet, boolean help, List<Path> paths, List<String> settings) {

		static Options parse(List<String> args) {
			boolean dryRun = false;
			boolean quiet = false;
			boolean help = false;
			List<Path> paths = new ArrayList<>();
			List<String> settings = new ArrayList<>();
			for (String arg : args) {
				switch (arg) {
					case "--dry-run" -> dryRun = true;
					case "--quiet", "-q" -> quiet = true;
					case "--help", "-h" -> help = true;
					default -> {
						if (arg.startsWith("--") && arg.contains("=")) {
							settings.add(arg);
						}
						else if (arg.startsWith("-")) {
							throw new IllegalArgumentException("unknown option " + arg);
						}
						else {
							paths.add(Path.of(arg));
						}
					}
				}
			}
			if (paths.isEmpty() && !help) {
				throw new IllegalArgumentException("no PATH given");
			}
			return new Options(dryRun, quiet, help, List.copyOf(paths), List.copyOf(settings));
		}

	}

}
