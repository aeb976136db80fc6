package org.signaldigest.importing;

import java.util.List;

/**
 * Where import runs are recorded, page by page, to be listed together whoever started
 * them (the web form, the API, the command line): kept by the upload feature, used here
 * by the import command.
 */
public interface ImportHistory {

	/**
	 * @param via how the import was started: "form", "api" or "cli"
	 * @return the id of the new run, running
	 */
	long start(String username, String via, boolean dryRun, int fileCount);

	/**
	 * Records the reports of the next pages of a run, the first of them at this position
	 * (1 for the run's first page).
	 * @param total how many pages the run has, as far as it knows
	 */
	void pagesDone(long runId, int firstPosition, int total, List<PageReport> reports);

	/** The run ended. */
	void finish(long runId);

	/** The run stopped, for this reason. */
	void crash(long runId, String error);

}
