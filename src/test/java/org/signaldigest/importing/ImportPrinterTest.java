package org.signaldigest.importing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.signaldigest.parser.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPrinterTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final PageReport imported = new PageReport("pages/a.md", "a", ImportOutcome.IMPORTED,
			List.of(Problem.warning("Themes", 12, "the list was rebuilt")));

	private final PageReport failed = new PageReport("pages/b.md", "b", ImportOutcome.FAILED,
			List.of(Problem.error(null, 1, "the page has no title line")));

	@Test
	void onATerminalAProgressLineIsRedrawnInPlaceOnStandardError() {
		ImportPrinter printer = printer(false, true);

		printer.pageDone(imported, 1, 2);
		printer.pageDone(failed, 2, 2);
		printer.finish(new ImportSummary(List.of(imported, failed), Duration.ofMillis(500)), false);

		assertThat(stdout()).isEqualTo("""
				imported   a  pages/a.md
				    warning: Themes, line 12: the list was rebuilt
				failed     b  pages/b.md
				    error: line 1: the page has no title line
				2 pages: 1 imported, 0 updated, 0 unchanged, 1 failed, 0 skipped in 0.5 s (4 pages/s)
				""");
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("\r\033[K[1/2] ")
			.contains("pages/s, ")
			.contains("\r\033[K[2/2] ")
			.endsWith("\r\033[K");
	}

	@Test
	void quietPrintsOnlyFailuresAndTheTotalsAndNoProgressOffATerminal() {
		ImportPrinter printer = printer(true, false);

		printer.pageDone(imported, 1, 2);
		printer.pageDone(failed, 2, 2);
		printer.finish(new ImportSummary(List.of(failed), Duration.ofSeconds(2)), true);

		assertThat(stdout()).isEqualTo(
				"""
						failed     b  pages/b.md
						    error: line 1: the page has no title line
						1 page: 0 imported, 0 updated, 0 unchanged, 1 failed, 0 skipped in 2.0 s (1 pages/s); dry run: nothing was written
						""");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private ImportPrinter printer(boolean quiet, boolean terminal) {
		return new ImportPrinter(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), quiet, terminal);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

}
