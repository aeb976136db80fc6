package org.signaldigest.bench;

import java.util.List;

/**
 * A pandas-style pipe table: columns padded to their widest cell, the last one
 * right-aligned if numeric.
 */
final class PipeTable {

	private PipeTable() {
	}

	static void append(StringBuilder out, String[] header, List<String[]> rows, boolean numericLast) {
		int[] width = new int[header.length];
		for (int c = 0; c < header.length; c++) {
			width[c] = header[c].length();
			for (String[] row : rows) {
				width[c] = Math.max(width[c], row[c].length());
			}
		}
		if (numericLast) {
			width[header.length - 1] += 2;
		}
		line(out, header, width, numericLast);
		for (int c = 0; c < header.length; c++) {
			boolean right = numericLast && c == header.length - 1;
			out.append('|');
			if (!right) {
				out.append(':');
			}
			out.append("-".repeat(width[c] + 1));
			if (right) {
				out.append(':');
			}
		}
		out.append("|\n");
		for (String[] row : rows) {
			line(out, row, width, numericLast);
		}
		out.append('\n');
	}

	private static void line(StringBuilder out, String[] cells, int[] width, boolean numericLast) {
		for (int c = 0; c < cells.length; c++) {
			String pad = " ".repeat(width[c] - cells[c].length());
			out.append("| ");
			if (numericLast && c == cells.length - 1) {
				out.append(pad).append(cells[c]);
			}
			else {
				out.append(cells[c]).append(pad);
			}
			out.append(' ');
		}
		out.append("|\n");
	}

}
