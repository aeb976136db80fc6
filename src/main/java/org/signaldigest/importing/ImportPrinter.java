package org.signaldigest.importing;

import java.io.PrintStream;
import java.util.Locale;

import org.signaldigest.parser.Problem;

/**
 * Prints one line per page (outcome, page id, location) with its errors and warnings
 * under it, and the totals. On a terminal, a progress line on standard error is redrawn
 * in place as pages are done.
 */
final class ImportPrinter implements ImportListener {

	private static final String CLEAR_LINE = "\r\033[K";

	private final PrintStream out;

	private final PrintStream err;

	private final boolean quiet;

	private final boolean terminal;

	private final long start = System.nanoTime();

	ImportPrinter(PrintStream out, PrintStream err, boolean quiet, boolean terminal) {
		this.out = out;
		this.err = err;
		this.quiet = quiet;
		this.terminal = terminal;
	}

	@Override
	public void pageDone(PageReport report, int done, int total) {
		if (terminal) {
			err.print(CLEAR_LINE);
		}
		if (!quiet || report.outcome() == ImportOutcome.FAILED) {
			out.printf("%-9s  %s  %s%n", report.outcome().label(), report.pageId() == null ? "-" : report.pageId(),
					report.location());
			for (Problem problem : report.problems()) {
				out.println("    " + problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.describe());
			}
			out.flush();
		}
		if (terminal) {
			err.print(progress(done, total));
			err.flush();
		}
	}

	private String progress(int done, int total) {
		double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
		double rate = done / seconds;
		long left = Math.round((total - done) / Math.max(rate, 1e-3));
		return String.format(Locale.ROOT, "[%d/%d] %.0f pages/s, %d:%02d left", done, total, rate, left / 60,
				left % 60);
	}

	void finish(ImportSummary summary, boolean dryRun) {
		if (terminal) {
			err.print(CLEAR_LINE);
			err.flush();
		}
		int pages = summary.pages().size();
		out.printf(Locale.ROOT,
				"%d %s: %d imported, %d updated, %d unchanged, %d failed, %d skipped in %.1f s (%.0f pages/s)%s%n",
				pages, pages == 1 ? "page" : "pages", summary.count(ImportOutcome.IMPORTED),
				summary.count(ImportOutcome.UPDATED), summary.count(ImportOutcome.UNCHANGED),
				summary.count(ImportOutcome.FAILED), summary.count(ImportOutcome.SKIPPED),
				summary.elapsed().toMillis() / 1000.0, summary.pagesPerSecond(),
				dryRun ? "; dry run: nothing was written" : "");
		out.flush();
	}

}
