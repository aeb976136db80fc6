package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Records the pages of a run in the {@link ImportHistory} as they are done, a batch at a
 * time: a run of the command line may have many thousand pages, and a statement or two a
 * page would slow it down.
 */
final class RecordedRun implements ImportListener {

	static final int BATCH = 250;

	private final ImportHistory history;

	private final long runId;

	private final List<PageReport> pending = new ArrayList<>();

	private int recorded;

	private int total;

	RecordedRun(ImportHistory history, long runId) {
		this.history = history;
		this.runId = runId;
	}

	@Override
	public void pageDone(PageReport report, int done, int total) {
		pending.add(report);
		this.total = total;
		if (pending.size() >= BATCH) {
			flush();
		}
	}

	/** Records the pages not recorded yet. */
	void flush() {
		if (!pending.isEmpty()) {
			history.pagesDone(runId, recorded + 1, total, List.copyOf(pending));
			recorded += pending.size();
			pending.clear();
		}
	}

}
