package org.signaldigest.kind;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five tables of findings, with what differs between them: the one place that lists
 * them. Table names and SQL come from here, never from a request.
 */
public enum FindingKind {

	// @formatter:off
	SIGNALS("signals", "signal", true, "concat_ws(' ', f.description, f.change, f.ten_year, f.driving_force)"),
	CONCERNS("concerns", "concern", false, "f.description"),
	BEHAVIORS("behaviors", "behavior", false, "f.description"),
	TECHNOLOGIES("technologies", "technology", false, "f.description"),
	ISSUES("issues", "issue", false, "f.description");
	// @formatter:on

	/**
	 * Every kind's path, as a route pattern: {@code "/{kind:" + PATHS + "}"}. Annotations
	 * need a constant, so it is spelled out here, next to the kinds it must list (a test
	 * checks that it does).
	 */
	public static final String PATHS = "signals|concerns|behaviors|technologies|issues";

	private final String path;

	private final String table;

	private final boolean signal;

	private final String bodySql;

	FindingKind(String path, String table, boolean signal, String bodySql) {
		this.path = path;
		this.table = table;
		this.signal = signal;
		this.bodySql = bodySql;
	}

	public static Optional<FindingKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

	/**
	 * @return the URL path segment and message key, e.g. "signals"
	 */
	public String path() {
		return path;
	}

	/**
	 * @return the table's name, e.g. "signal": a constant, safe to put in SQL; also the
	 * singular of the kind
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

}
