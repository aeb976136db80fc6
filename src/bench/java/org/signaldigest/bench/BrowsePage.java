package org.signaldigest.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page the browse benchmark times, with its targets (issues 5 and 6). {@code {name}} in the path is filled from
 * {@link BrowseParameters}. Adding a page is one line of {@link #ALL}; a page the app does not have yet is timed as
 * a 404 and reported as such.
 *
 * @param path the path and query, with placeholders
 * @param timer what is timed: the whole response, or the time to its first byte (exports)
 * @param p95TargetMs the target for the server-side p95, 0 for none (measured for comparison only)
 * @param maxRatioToMainQuery the target for p95 / the server time of the page's main query, 0 for none
 */
record BrowsePage(String path, Timer timer, int p95TargetMs, double maxRatioToMainQuery) {

	enum Timer {

		TOTAL, FIRST_BYTE

	}

	/** The page wrk hammers. */
	static final String WRK_PATH = "/signals?minRelevancy=4";

	static final List<BrowsePage> ALL = List.of(
			issue5("/signals"),
			new BrowsePage(WRK_PATH, Timer.TOTAL, 0, 0),
			issue5("/signals?minRelevancy=4&theme={theme}"),
			issue5("/signals?q={word}"),
			issue5("/signals?page={deepPage}"),
			issue5("/keywords"),
			issue5("/keywords/{keyword}"),
			issue5("/themes/{theme}"),
			issue5("/articles/{articleId}"),
			issue5("/digests"),
			new BrowsePage("/", Timer.TOTAL, 0, 0),
			issue5("/search?q={word}"),
			new BrowsePage("/api/signals.csv?minRelevancy=5", Timer.FIRST_BYTE, 50, 2),
			issue6("/radar"),
			issue6("/trends"),
			issue6("/signals.atom?minRelevancy=4"));

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	private static BrowsePage issue5(String path) {
		return new BrowsePage(path, Timer.TOTAL, 50, 2);
	}

	private static BrowsePage issue6(String path) {
		return new BrowsePage(path, Timer.TOTAL, 100, 0);
	}

	/** The path with its placeholders filled (URL-encoded). */
	String resolve(Map<String, String> parameters) {
		Matcher m = PLACEHOLDER.matcher(path);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = parameters.get(m.group(1));
			if (value == null) {
				throw new IllegalArgumentException("no parameter " + m.group(1) + " for " + path);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		}
		m.appendTail(out);
		return out.toString();
	}

}
