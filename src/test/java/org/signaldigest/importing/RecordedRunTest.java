package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of a run of the command line reach the history a batch at a time, in order.
 */
class RecordedRunTest {

	@Test
	void pagesAreRecordedInBatchesInOrderAndTheLastOnesWhenFlushed() {
		List<String> batches = new ArrayList<>();
		List<PageReport> recorded = new ArrayList<>();
		ImportHistory history = new ImportHistory() {
			@Override
			public long start(String username, String via, boolean dryRun, int fileCount) {
				throw new UnsupportedOperationException();
			}

			@Override
			public void pagesDone(long runId, int firstPosition, int total, List<PageReport> reports) {
				batches.add(runId + ": " + firstPosition + "+" + reports.size() + " of " + total);
				recorded.addAll(reports);
			}

			@Override
			public void finish(long runId) {
				throw new UnsupportedOperationException();
			}

			@Override
			public void crash(long runId, String error) {
				throw new UnsupportedOperationException();
			}
		};
		RecordedRun run = new RecordedRun(history, 7);
		List<PageReport> reports = new ArrayList<>();
		for (int i = 1; i <= 2 * RecordedRun.BATCH + 3; i++) {
			PageReport report = new PageReport("p" + i + ".md", "p" + i, ImportOutcome.IMPORTED, List.of());
			reports.add(report);
			run.pageDone(report, i, 2 * RecordedRun.BATCH + 3);
		}

		assertThat(batches).containsExactly("7: 1+250 of 503", "7: 251+250 of 503");
		run.flush();
		run.flush();
		assertThat(batches).containsExactly("7: 1+250 of 503", "7: 251+250 of 503", "7: 501+3 of 503");
		assertThat(recorded).isEqualTo(reports);
	}

}
