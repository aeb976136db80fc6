package org.signaldigest.upload;

import java.time.OffsetDateTime;

/** One import through the form or the API, as the history and the report show it. */
public record ImportRun(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String username, String via,
		boolean dryRun, int fileCount, Integer pageTotal, int pagesDone, int imported, int updated, int unchanged,
		int failed, int skipped, String status, String error) {

	public boolean running() {
		return "running".equals(status);
	}

	public boolean crashed() {
		return "crashed".equals(status);
	}

	/** Progress in percent, for a progress bar. */
	public int percentDone() {
		return pageTotal == null || pageTotal == 0 ? 0 : pagesDone * 100 / pageTotal;
	}

}
