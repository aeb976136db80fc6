package org.signaldigest.upload;

import java.util.List;

import org.signaldigest.importing.ImportOutcome;

/** One row of an import's report: a page, or a file that could not be one. */
public record RunPage(int position, String location, String pageId, ImportOutcome outcome, List<String> errors,
		List<String> warnings, boolean articleExists) {

	/**
	 * The message key of the outcome, e.g. "outcome.imported", or "outcome.dry.imported"
	 * on a dry run.
	 */
	public String outcomeKey(boolean dryRun) {
		return "outcome." + (dryRun ? "dry." : "") + outcome.label();
	}

	/** "passwd.md" of "pages.zip!a/b/passwd.md"; the whole location otherwise. */
	public String file() {
		int bang = location.indexOf('!');
		return bang < 0 ? location : location.substring(0, bang);
	}

	/**
	 * "a/b/passwd.md" of "pages.zip!a/b/passwd.md"; null for a file that is not in a zip.
	 */
	public String zipEntry() {
		int bang = location.indexOf('!');
		return bang < 0 ? null : location.substring(bang + 1);
	}

}
