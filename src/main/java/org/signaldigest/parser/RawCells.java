package org.signaldigest.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the raw source line of a table row into its cells, as GFM does: on pipes not
 * escaped by a backslash, ignoring one leading and one trailing pipe. Used to count the
 * cells actually written, since the parser pads or truncates rows to the header width.
 */
final class RawCells {

	private RawCells() {
	}

	static List<String> split(String rowLine) {
		String line = rowLine.strip();
		if (line.startsWith("|")) {
			line = line.substring(1);
		}
		if (line.endsWith("|") && !line.endsWith("\\|")) {
			line = line.substring(0, line.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				cell.append(c).append(line.charAt(++i));
			}
			else if (c == '|') {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

}
