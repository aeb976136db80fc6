package org.signaldigest.upload;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportSummary;

import org.springframework.stereotype.Component;

/**
 * The metrics of the imports this instance runs for the form and the API:
 * {@code digest.import.runs}, a timer (how many runs, how long they took) by {@code via}
 * (form, api), {@code outcome} (finished, crashed) and {@code dry.run}; and
 * {@code digest.import.pages}, a counter of the pages of the runs that were not dry runs,
 * by {@code outcome} (imported, updated, unchanged, failed, skipped).
 */
@Component
class ImportMetrics {

	static final String RUNS = "digest.import.runs";

	static final String PAGES = "digest.import.pages";

	private final MeterRegistry registry;

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (ImportOutcome outcome : ImportOutcome.values()) {
			pages(outcome);
		}
	}

	Timer.Sample start() {
		return Timer.start(registry);
	}

	void finished(Timer.Sample timing, String via, boolean dryRun, ImportSummary summary) {
		timing.stop(runs(via, "finished", dryRun));
		if (!dryRun) {
			for (ImportOutcome outcome : ImportOutcome.values()) {
				pages(outcome).increment(summary.count(outcome));
			}
		}
	}

	void crashed(Timer.Sample timing, String via, boolean dryRun) {
		timing.stop(runs(via, "crashed", dryRun));
	}

	private Timer runs(String via, String outcome, boolean dryRun) {
		return Timer.builder(RUNS)
			.description("Import runs of the form and the API")
			.tag("via", via)
			.tag("outcome", outcome)
			.tag("dry.run", Boolean.toString(dryRun))
			.register(registry);
	}

	private Counter pages(ImportOutcome outcome) {
		return Counter.builder(PAGES)
			.description("Pages of the import runs, by what importing them did")
			.tag("outcome", outcome.label())
			.register(registry);
	}

}
