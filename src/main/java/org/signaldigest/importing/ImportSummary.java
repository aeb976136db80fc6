package org.signaldigest.importing;

import java.time.Duration;
import java.util.List;

/** Every page's report for one import run, and how long it took. */
public record ImportSummary(List<PageReport> pages, Duration elapsed) {

	public ImportSummary {
		pages = List.copyOf(pages);
	}

	public long count(ImportOutcome outcome) {
		return pages.stream().filter(page -> page.outcome() == outcome).count();
	}

	public boolean anyFailed() {
		return count(ImportOutcome.FAILED) > 0;
	}

	public double pagesPerSecond() {
		long millis = Math.max(1, elapsed.toMillis());
		return pages.size() * 1000.0 / millis;
	}

}
