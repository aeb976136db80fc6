package org.signaldigest.finding;

import java.util.Arrays;
import java.util.Optional;

import org.signaldigest.web.SortableColumns;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The five tables of findings, with what differs between them. Table names never come from a request. */
public enum FindingKind {

	SIGNALS("signals", "signal", true), CONCERNS("concerns", "concern", false),
	BEHAVIORS("behaviors", "behavior", false), TECHNOLOGIES("technologies", "technology", false),
	ISSUES("issues", "issue", false);

	/**
	 * Every kind's path, as a route pattern: {@code "/{kind:" + PATHS + "}"}. Annotations need a constant, so it is
	 * spelled out here, next to the kinds it must list (a test checks that it does).
	 */
	public static final String PATHS = "signals|concerns|behaviors|technologies|issues";

	private final String path;

	private final String table;

	private final boolean signal;

	private final SortableColumns sortable;

	FindingKind(String path, String table, boolean signal) {
		this.path = path;
		this.table = table;
		this.signal = signal;
		this.sortable = signal
				? SortableColumns.of("relevancy", "f.relevancy", "name", "f.name", "description", "f.description",
						"change", "f.change", "tenYear", "f.ten_year", "drivingForce", "f.driving_force", "title",
						"a.title", "digestDate", "a.digest_date")
				: SortableColumns.of("relevancy", "f.relevancy", "name", "f.name", "description", "f.description",
						"title", "a.title", "digestDate", "a.digest_date");
	}

	public static Optional<FindingKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

	/** @throws ResponseStatusException 404 when no table has this path */
	static FindingKind require(String path) {
		return fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** @return the URL path segment and message key, e.g. "signals" */
	public String path() {
		return path;
	}

	String table() {
		return table;
	}

	/** Signals have three more columns: change, ten-year outlook, driving force. */
	public boolean isSignal() {
		return signal;
	}

	SortableColumns sortable() {
		return sortable;
	}

}
