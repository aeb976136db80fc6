package org.signaldigest.importing;

import java.util.Locale;

/** What importing one page did. */
public enum ImportOutcome {

	IMPORTED, UPDATED, UNCHANGED, FAILED,
	/** Not a page at all, e.g. a .txt file inside a zip. */
	SKIPPED;

	/**
	 * @return whether the page was written: new, or changed
	 */
	public boolean changedDatabase() {
		return this == IMPORTED || this == UPDATED;
	}

	/**
	 * @return the word the CLI and reports use, e.g. "imported"
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
