package org.signaldigest.finding;

import java.util.Arrays;
import java.util.Optional;

import org.signaldigest.web.SortableColumns;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The five tables of findings, with what differs between them: the one place that lists
 * them. Table names and SQL come from here, never from a request.
 */
public enum FindingKind {

	SIGNALS("signals", "signal", true, "concat_ws(' ', f.description, f.change, f.ten_year, f.driving_force)"),
	CONCERNS("concerns", "concern", false, "f.description"), BEHAVIORS("behaviors", "behavior", false, "f.description"),
	TECHNOLOGIES("technologies", "technology", false, "f.description"),
	ISSUES("issues", "issue", false, "f.description");

	/**
	 * Every kind's path, as a route pattern: {@code "/{kind:" + PATHS + "}"}. Annotations
	 * need a constant, so it is spelled out here, next to the kinds it must list (a test
	 * checks that it does).
	 */
	public static final String PATHS = "signals|concerns|behaviors|technologies|issues";

	/**
	 * Rows newest digest first, then in page order, over the row alias {@code f}; an
	 * index of each table follows it.
	 */
	public static final String NEWEST_FIRST = "f.digest_date desc nulls last, f.page_id, f.position";

	/**
	 * The tables' order unless sorted otherwise, over the row alias {@code f}: most
	 * relevant first, then newest digest, then page order. An index of each table follows
	 * it.
	 */
	public static final String DEFAULT_ORDER = "f.relevancy desc nulls last, f.digest_date desc nulls last, f.page_id,"
			+ " f.position";

	private final String path;

	private final String table;

	private final boolean signal;

	private final String bodySql;

	private final SortableColumns sortable;

	FindingKind(String path, String table, boolean signal, String bodySql) {
		this.path = path;
		this.table = table;
		this.signal = signal;
		this.bodySql = bodySql;
		this.sortable = signal
				? SortableColumns.of("relevancy", "f.relevancy", "name", "f.name", "description", "f.description",
						"change", "f.change", "tenYear", "f.ten_year", "drivingForce", "f.driving_force", "title",
						"a.title", "digestDate", "f.digest_date")
				: SortableColumns.of("relevancy", "f.relevancy", "name", "f.name", "description", "f.description",
						"title", "a.title", "digestDate", "f.digest_date");
	}

	public static Optional<FindingKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

	/**
	 * @throws ResponseStatusException 404 when no table has this path
	 */
	static FindingKind require(String path) {
		return fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * @return the URL path segment and message key, e.g. "signals"
	 */
	public String path() {
		return path;
	}

	/**
	 * @return the table's name, e.g. "signal": a constant, safe to put in SQL
	 */
	public String table() {
		return table;
	}

	/** Signals have three more columns: change, ten-year outlook, driving force. */
	public boolean isSignal() {
		return signal;
	}

	/**
	 * @return the SQL of a row's body text (what a search snippet is cut from), over the
	 * row alias {@code f}
	 */
	public String bodySql() {
		return bodySql;
	}

	SortableColumns sortable() {
		return sortable;
	}

}
