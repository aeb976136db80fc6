package org.signaldigest.kind;

import java.util.Arrays;
import java.util.Optional;

/**
 * Keywords and themes: the same pages over two pairs of tables. Table and column names
 * come from here, never from a request.
 */
public enum TermKind {

	KEYWORDS("keywords", "keyword", "article_keyword", "keyword_id"),
	THEMES("themes", "theme", "article_theme", "theme_id");

	private final String path;

	private final String table;

	private final String linkTable;

	private final String linkColumn;

	TermKind(String path, String table, String linkTable, String linkColumn) {
		this.path = path;
		this.table = table;
		this.linkTable = linkTable;
		this.linkColumn = linkColumn;
	}

	public static Optional<TermKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

	/**
	 * @return the URL path segment, e.g. "themes"
	 */
	public String path() {
		return path;
	}

	/**
	 * @return the singular, which is also the filter parameter of the tables, e.g.
	 * "theme"
	 */
	public String singular() {
		return table;
	}

	/**
	 * @return the table of the terms, e.g. "theme"
	 */
	public String table() {
		return table;
	}

	/**
	 * @return the table linking articles to the terms, e.g. "article_theme"
	 */
	public String linkTable() {
		return linkTable;
	}

	/**
	 * @return the materialized view of the terms some article carries, with their article
	 * counts ({@code id, slug,
	 * name, articles}), e.g. "theme_stats"; refreshed after each import
	 */
	public String stats() {
		return table + "_stats";
	}

	/**
	 * @return the materialized view of the term's articles per month
	 * ({@code id, month, articles}; month null for undated articles), e.g.
	 * "theme_month_stats"; refreshed after each import
	 */
	public String monthStats() {
		return table + "_month_stats";
	}

	/**
	 * @return the column of {@link #linkTable()} naming the term, e.g. "theme_id"
	 */
	public String linkColumn() {
		return linkColumn;
	}

}
