package org.signaldigest.search;

/**
 * What the search looks through: articles, and the five tables of findings. Table names and SQL come from here,
 * never from a request.
 */
public enum SearchKind {

	ARTICLES("articles", null, null), SIGNALS("signals", "signal",
			"concat_ws(' ', f.description, f.change, f.ten_year, f.driving_force)"),
	CONCERNS("concerns", "concern", "f.description"), BEHAVIORS("behaviors", "behavior", "f.description"),
	TECHNOLOGIES("technologies", "technology", "f.description"), ISSUES("issues", "issue", "f.description");

	private final String path;

	private final String table;

	private final String bodySql;

	SearchKind(String path, String table, String bodySql) {
		this.path = path;
		this.table = table;
		this.bodySql = bodySql;
	}

	/** @return the path of the full list, e.g. "signals" for {@code /signals?q=…}, and the kind's message key */
	public String path() {
		return path;
	}

	boolean isArticles() {
		return table == null;
	}

	String table() {
		return table;
	}

	/** @return the SQL of the text a snippet is cut from, over the row alias {@code f} */
	String bodySql() {
		return bodySql;
	}

}
