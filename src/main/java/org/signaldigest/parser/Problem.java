package org.signaldigest.parser;

import java.util.Objects;

/**
 * Something found while parsing a page.
 *
 * @param severity ERROR (page rejected) or WARNING (page kept)
 * @param section the page section concerned (e.g. "Keywords"), or null for the file or
 * title line
 * @param line the 1-based line number in the file, or null when not meaningful
 * @param message a sentence a person understands
 */
public record Problem(Severity severity, String section, Integer line, String message) {

	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public static Problem error(String section, Integer line, String message) {
		return new Problem(Severity.ERROR, section, line, message);
	}

	public static Problem error(String message) {
		return error(null, null, message);
	}

	public static Problem warning(String section, Integer line, String message) {
		return new Problem(Severity.WARNING, section, line, message);
	}

	public static Problem warning(String message) {
		return warning(null, null, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * E.g.
	 * {@code "Keywords, line 9: the list was written one character per bullet; rebuilt as 5 keywords"}.
	 */
	public String describe() {
		StringBuilder where = new StringBuilder();
		if (section != null) {
			where.append(section);
		}
		if (line != null) {
			where.append(where.length() > 0 ? ", line " : "line ").append(line);
		}
		return where.length() == 0 ? message : where + ": " + message;
	}
}
