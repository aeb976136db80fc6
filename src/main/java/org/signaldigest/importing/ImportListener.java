package org.signaldigest.importing;

/** Told about each page as soon as it is done, e.g. to show progress. */
@FunctionalInterface
public interface ImportListener {

	ImportListener NONE = (report, done, total) -> {
	};

	void pageDone(PageReport report, int done, int total);

	/**
	 * @return a listener that tells this one, then the other
	 */
	default ImportListener andThen(ImportListener other) {
		return (report, done, total) -> {
			pageDone(report, done, total);
			other.pageDone(report, done, total);
		};
	}

}
