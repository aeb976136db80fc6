package org.signaldigest.importing;

/** Told about each page as soon as it is done, e.g. to show progress. */
@FunctionalInterface
public interface ImportListener {

	ImportListener NONE = (report, done, total) -> {
	};

	void pageDone(PageReport report, int done, int total);

}
