package org.signaldigest.parser;

/** Reads a relevancy cell: an integer from 1 to 5. */
final class Relevancy {

	private Relevancy() {
	}

	/**
	 * Null for an empty cell (silently) or an invalid value (with a warning naming
	 * section, line and value).
	 */
	static Integer read(String cell, String section, Integer line, PageContext ctx) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String value = cell.strip();
		if (value.matches("[0-9]{1,2}")) {
			int number = Integer.parseInt(value);
			if (number >= 1 && number <= 5) {
				return number;
			}
		}
		ctx.warn(section, line,
				"relevancy \"" + PageContext.shorten(value) + "\" is not a whole number from 1 to 5; left empty");
		return null;
	}

}
