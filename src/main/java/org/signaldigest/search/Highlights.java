package org.signaldigest.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns {@code ts_headline} output into safe HTML. The stored text may hold any markup
 * ({@code <script>} included), so PostgreSQL marks matches with two private-use
 * characters that the text cannot contain (they are removed from it first); the whole
 * result is HTML-escaped, and only then do the markers become {@code <mark>} tags.
 */
final class Highlights {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	/**
	 * Both markers, for SQL {@code translate(text, :markers, '')}, which removes them
	 * from stored text.
	 */
	static final String MARKERS = START + STOP;

	/** Two fragments of 10–30 words around the matches. */
	static final String SNIPPET_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxFragments=2, MaxWords=30, MinWords=10";

	/** The whole text, every match marked: for names and titles. */
	static final String WHOLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

	private Highlights() {
	}

	static String toHtml(String headline) {
		if (headline == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(headline, "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
