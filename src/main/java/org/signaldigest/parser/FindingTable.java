package org.signaldigest.parser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.signaldigest.kind.FindingKind;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * Reads a GFM table into rows keyed by column, matching columns by header name. Unknown
 * columns, a missing name column and rows with too few or too many cells are reported as
 * warnings.
 */
final class FindingTable {

	static final Set<TableColumn> SIGNAL_COLUMNS = Set.of(TableColumn.values());
	static final Set<TableColumn> FINDING_COLUMNS = Set.of(TableColumn.NAME, TableColumn.DESCRIPTION,
			TableColumn.RELEVANCY);

	/**
	 * One body row: its 1-based line and the cleaned cell values (absent or null when
	 * empty).
	 */
	record Row(Integer line, Map<TableColumn, String> cells) {
		String get(TableColumn column) {
			return cells.get(column);
		}
	}

	private FindingTable() {
	}

	/**
	 * The rows of a table of this kind: signals have the three columns more, which other
	 * tables must not have.
	 */
	static List<ParsedFinding> rows(TableBlock table, FindingKind kind, String section, PageContext ctx) {
		List<ParsedFinding> findings = new ArrayList<>();
		for (Row row : read(table, section, kind.isSignal() ? SIGNAL_COLUMNS : FINDING_COLUMNS, ctx)) {
			findings.add(new ParsedFinding(row.get(TableColumn.NAME), row.get(TableColumn.DESCRIPTION),
					row.get(TableColumn.CHANGE), row.get(TableColumn.TEN_YEAR), row.get(TableColumn.DRIVING_FORCE),
					Relevancy.read(row.get(TableColumn.RELEVANCY), section, row.line(), ctx)));
		}
		return findings;
	}

	static List<Row> read(TableBlock table, String section, Set<TableColumn> allowed, PageContext ctx) {
		TableRow headerRow = firstRow(child(table, TableHead.class));
		List<TableColumn> columns = headerColumns(headerRow, section, allowed, ctx);
		List<Row> rows = new ArrayList<>();
		TableBody body = child(table, TableBody.class);
		if (body == null) {
			return rows;
		}
		for (Node n = body.getFirstChild(); n != null; n = n.getNext()) {
			if (n instanceof TableRow row) {
				rows.add(readRow(row, columns, section, ctx));
			}
		}
		return rows;
	}

	private static List<TableColumn> headerColumns(TableRow header, String section, Set<TableColumn> allowed,
			PageContext ctx) {
		List<TableColumn> columns = new ArrayList<>();
		Integer line = header == null ? null : ctx.lineOf(header);
		for (Node cell = header == null ? null : header.getFirstChild(); cell != null; cell = cell.getNext()) {
			String name = InlineText.of(cell).strip();
			TableColumn column = TableColumn.forHeader(name);
			if (column == null || !allowed.contains(column)) {
				ctx.warn(section, line,
						"unknown column \"" + name + "\" in the " + section + " table; its cells are ignored");
				column = null;
			}
			else if (columns.contains(column)) {
				ctx.warn(section, line, "column \"" + name + "\" appears twice in the " + section
						+ " table; only the first one is used");
				column = null;
			}
			columns.add(column);
		}
		if (!columns.contains(TableColumn.NAME)) {
			ctx.warn(section, line, "the " + section + " table has no name column; its rows are kept without a name");
		}
		return columns;
	}

	private static Row readRow(TableRow row, List<TableColumn> columns, String section, PageContext ctx) {
		Integer line = ctx.lineOf(row);
		List<String> raw = RawCells.split(ctx.firstSourceLine(row));
		if (raw.size() < columns.size()) {
			ctx.warn(section, line, "the row has " + raw.size() + " cell(s) but the header has " + columns.size()
					+ "; the missing cells are left empty");
		}
		else if (raw.size() > columns.size()) {
			List<String> extra = raw.subList(columns.size(), raw.size());
			ctx.warn(section, line,
					"the row has " + raw.size() + " cells but the header has " + columns.size()
							+ "; extra cells ignored: "
							+ extra.stream().map(c -> "\"" + PageContext.shorten(c) + "\"").toList());
		}
		Map<TableColumn, String> cells = new EnumMap<>(TableColumn.class);
		int index = 0;
		for (Node cell = row.getFirstChild(); cell != null && index < columns.size(); cell = cell.getNext(), index++) {
			TableColumn column = columns.get(index);
			if (column != null && cell instanceof TableCell) {
				String value = ctx.clean(InlineText.of(cell), section, line);
				if (value != null) {
					cells.put(column, value);
				}
			}
		}
		return new Row(line, cells);
	}

	private static TableRow firstRow(Node parent) {
		return parent == null ? null : child(parent, TableRow.class);
	}

	private static <T extends Node> T child(Node parent, Class<T> type) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
			if (type.isInstance(n)) {
				return type.cast(n);
			}
		}
		return null;
	}

}
