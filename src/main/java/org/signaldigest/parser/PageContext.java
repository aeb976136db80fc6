package org.signaldigest.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * State shared while parsing one page: the source lines (for source spans), the problems
 * found so far, and text cleaning (mojibake repair, reported once per section).
 */
final class PageContext {

	private final String[] lines;

	private final List<Problem> problems = new ArrayList<>();

	private final Set<String> repairedSections = new HashSet<>();

	PageContext(String text) {
		this.lines = text.split("\n", -1);
	}

	void warn(String section, Integer line, String message) {
		problems.add(Problem.warning(section, line, message));
	}

	void error(String section, Integer line, String message) {
		problems.add(Problem.error(section, line, message));
	}

	List<Problem> problems() {
		return problems;
	}

	boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** The trimmed value with mojibake repaired; null when empty. */
	String clean(String value, String section, Integer line) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		String repaired = Mojibake.repair(trimmed);
		if (!repaired.equals(trimmed) && repairedSections.add(String.valueOf(section))) {
			warn(section, line,
					"repaired garbled characters (UTF-8 text that had been read as Windows-1252): \""
							+ firstDifferentWord(trimmed, repaired) + "\" became \""
							+ firstDifferentWord(repaired, trimmed) + "\"");
		}
		return repaired;
	}

	/** The 1-based line where a node starts, or null when unknown. */
	Integer lineOf(Node node) {
		for (Node n = node; n != null; n = n.getParent()) {
			List<SourceSpan> spans = n.getSourceSpans();
			if (!spans.isEmpty()) {
				return spans.get(0).getLineIndex() + 1;
			}
		}
		return null;
	}

	/** The 1-based line where a node ends, or null when unknown. */
	Integer lastLineOf(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? lineOf(node) : spans.get(spans.size() - 1).getLineIndex() + 1;
	}

	/**
	 * The raw source text of the first line of a node (from its column), or "" when
	 * unknown.
	 */
	String firstSourceLine(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		if (spans.isEmpty()) {
			return "";
		}
		SourceSpan span = spans.get(0);
		String line = line(span.getLineIndex() + 1);
		int from = Math.min(span.getColumnIndex(), line.length());
		int to = Math.min(from + span.getLength(), line.length());
		return line.substring(from, to);
	}

	/** The text of 1-based lines first..last joined with newlines. */
	String lines(int first, int last) {
		StringBuilder out = new StringBuilder();
		for (int i = first; i <= last; i++) {
			if (i > first) {
				out.append('\n');
			}
			out.append(line(i));
		}
		return out.toString();
	}

	String line(int oneBased) {
		return oneBased >= 1 && oneBased <= lines.length ? lines[oneBased - 1] : "";
	}

	/**
	 * The whitespace-delimited word of {@code text} containing its first difference from
	 * {@code other}.
	 */
	static String firstDifferentWord(String text, String other) {
		int i = 0;
		while (i < text.length() && i < other.length() && text.charAt(i) == other.charAt(i)) {
			i++;
		}
		int start = i;
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		int end = i;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return shorten(text.substring(start, end));
	}

	static String shorten(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

}
