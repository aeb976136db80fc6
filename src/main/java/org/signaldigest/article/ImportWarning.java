package org.signaldigest.article;

import jakarta.persistence.Embeddable;

/** What the parser noticed when the article was imported. */
@Embeddable
public record ImportWarning(String section, Integer line, String message) {

	/**
	 * @return e.g. "Keywords, line 9: the list was written one character per bullet"
	 */
	public String describe() {
		StringBuilder where = new StringBuilder();
		if (section != null) {
			where.append(section);
		}
		if (line != null) {
			where.append(where.isEmpty() ? "line " : ", line ").append(line);
		}
		return where.isEmpty() ? message : where + ": " + message;
	}

}
