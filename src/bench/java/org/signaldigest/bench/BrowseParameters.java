package org.signaldigest.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of the timed pages, picked from the data: the most common theme and keyword (by articles), a
 * common word (the most frequent word of four letters or more, not a stop word, in the signals' names that is in at
 * most 40 % of them: the most frequent ones, like "ai", are in more than half), the article with the most signals,
 * and a deep page of {@code /signals}: page
 * {@value #DEEP_PAGE} (0-based, offset 100,000), or the last page when there are fewer.
 */
record BrowseParameters(String theme, long themeArticles, String keyword, long keywordArticles, String word,
		long wordSignals, String articleId, long articleSignals, long deepPage, long lastPage) {

	static final int DEEP_PAGE = 2000;

	/** The default page size of /signals. */
	static final int PAGE_SIZE = 50;

	static BrowseParameters pick(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			String[] theme = first(s, """
					select t.slug, count(*) from article_theme l join theme t on t.id = l.theme_id
					group by t.id, t.slug order by count(*) desc, t.slug limit 1""");
			String[] keyword = first(s, """
					select t.slug, count(*) from article_keyword l join keyword t on t.id = l.keyword_id
					group by t.id, t.slug order by count(*) desc, t.slug limit 1""");
			String[] word = first(s, """
					select w, count(*) from signal s, regexp_split_to_table(lower(s.name), '[^a-z]+') w
					where length(w) >= 4 and to_tsvector('english', w) <> ''::tsvector
					group by w having count(*) <= 0.4 * (select count(*) from signal)
					order by count(*) desc, w limit 1""");
			String[] article = first(s, """
					select a.page_id, count(*) from article a join signal s on s.article_id = a.id
					group by a.id, a.page_id order by count(*) desc, a.page_id limit 1""");
			long lastPage = Math.max(0, (Long.parseLong(first(s, "select count(*) from signal")[0]) - 1) / PAGE_SIZE);
			return new BrowseParameters(theme[0], Long.parseLong(theme[1]), keyword[0], Long.parseLong(keyword[1]),
					word[0], Long.parseLong(word[1]), article[0], Long.parseLong(article[1]),
					Math.min(DEEP_PAGE, lastPage), lastPage);
		}
	}

	private static String[] first(Statement s, String sql) throws SQLException {
		try (ResultSet r = s.executeQuery(sql)) {
			if (!r.next()) {
				throw new IllegalStateException("The database is empty: no row for " + sql);
			}
			String[] row = new String[r.getMetaData().getColumnCount()];
			for (int i = 0; i < row.length; i++) {
				row[i] = r.getString(i + 1);
			}
			return row;
		}
	}

	/** The values of the placeholders of {@link BrowsePage#path()}. */
	Map<String, String> placeholders() {
		return Map.of("theme", theme, "keyword", keyword, "word", word, "articleId", articleId, "deepPage",
				Long.toString(deepPage));
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("theme", theme);
		json.put("themeArticles", themeArticles);
		json.put("keyword", keyword);
		json.put("keywordArticles", keywordArticles);
		json.put("word", word);
		json.put("wordSignals", wordSignals);
		json.put("articleId", articleId);
		json.put("articleSignals", articleSignals);
		json.put("deepPage", deepPage);
		json.put("lastPage", lastPage);
		return json;
	}

	String markdown() {
		return "theme `" + theme + "` (" + themeArticles + " articles), keyword `" + keyword + "` (" + keywordArticles
				+ " articles), word `" + word + "` (in the names of " + wordSignals + " signals), article `" + articleId + "` ("
				+ articleSignals + " signals), deep page " + deepPage + " of 0–" + lastPage + " (" + PAGE_SIZE
				+ " rows a page)";
	}

}
