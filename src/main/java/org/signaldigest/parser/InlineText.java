package org.signaldigest.parser;

import java.util.Locale;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of a node: Markdown markup dropped, code span text and link text kept,
 * inline HTML kept as the text it is (it is shown escaped, never interpreted) except
 * {@code <br>
 * }, which is a space. Not trimmed.
 */
final class InlineText {

	private InlineText() {
	}

	static String of(Node node) {
		StringBuilder out = new StringBuilder();
		append(node, out);
		return out.toString();
	}

	private static void append(Node node, StringBuilder out) {
		if (node instanceof Text text) {
			out.append(text.getLiteral());
		}
		else if (node instanceof Code code) {
			out.append(code.getLiteral());
		}
		else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			out.append(' ');
		}
		else if (node instanceof HtmlInline html) {
			boolean lineBreak = html.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br");
			out.append(lineBreak ? " " : html.getLiteral());
		}
		else {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				append(child, out);
			}
		}
	}

}
