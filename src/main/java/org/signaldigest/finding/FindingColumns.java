package org.signaldigest.finding;

import java.util.List;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.SortableColumns;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The columns each of the five tables may be sorted by and may hide, and the kind a path
 * names.
 */
final class FindingColumns {

	/** The order of the tables unless sorted otherwise, as a sort parameter. */
	static final String DEFAULT_SORT = "relevancy,desc";

	private static final List<String> HIDEABLE_SIGNAL = List.of("description", "change", "tenYear", "drivingForce",
			"digestDate");

	private static final List<String> HIDEABLE_OTHER = List.of("description", "digestDate");

	private static final SortableColumns SIGNAL = SortableColumns.of("relevancy", "f.relevancy", "name", "f.name",
			"description", "f.description", "change", "f.change", "tenYear", "f.ten_year", "drivingForce",
			"f.driving_force", "title", "a.title", "digestDate", "f.digest_date");

	private static final SortableColumns OTHER = SortableColumns.of("relevancy", "f.relevancy", "name", "f.name",
			"description", "f.description", "title", "a.title", "digestDate", "f.digest_date");

	private FindingColumns() {
	}

	static SortableColumns of(FindingKind kind) {
		return kind.isSignal() ? SIGNAL : OTHER;
	}

	/**
	 * @return the columns a reader may hide: all but the relevancy and the name (which
	 * carries the article)
	 */
	static List<String> hideable(FindingKind kind) {
		return kind.isSignal() ? HIDEABLE_SIGNAL : HIDEABLE_OTHER;
	}

	/**
	 * @throws ResponseStatusException 404 when no table has this path
	 */
	static FindingKind kind(String path) {
		return FindingKind.fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
