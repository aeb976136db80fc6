package org.signaldigest.parser;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * Reads the first line of a page:
 * {@code # __Title__, (from page [20230827](https://…).)}, the older
 * {@code # __Title__, from ([20230312](https://…).)} and the untitled
 * {@code # <page id> from ([…](…).)}.
 */
final class TitleLine {

	static final String EXPECTED = "a level-1 heading with the digest link, e.g."
			+ " \"# __Title__, (from page [20230827](https://kghosh.substack.com/p/20230827).)\"";

	/** What the title line gives; title may be null (untitled page). */
	record Result(String title, String digestId, String digestUrl) {
	}

	private TitleLine() {
	}

	/**
	 * Returns null (after recording an error) when the node is not a usable title line.
	 */
	static Result read(Node first, PageContext ctx) {
		Integer line = first == null ? null : ctx.lineOf(first);
		if (!(first instanceof Heading heading) || heading.getLevel() != 1) {
			String found = first == null ? "nothing" : "\"" + PageContext.shorten(ctx.firstSourceLine(first)) + "\"";
			ctx.error(null, line,
					"the page has no title line: the first block must be " + EXPECTED + ", but found " + found);
			return null;
		}
		Link link = firstLink(heading);
		if (link == null) {
			ctx.error(null, line, "the title line has no digest link: expected " + EXPECTED);
			return null;
		}
		String digestId = ctx.clean(InlineText.of(link), null, line);
		if (digestId == null) {
			ctx.error(null, line, "the digest link in the title line has no text, so the digest id is unknown");
			return null;
		}
		String url = link.getDestination() == null || link.getDestination().isBlank() ? null
				: link.getDestination().strip();
		if (url == null) {
			ctx.warn(null, line, "the digest link in the title line has no destination");
		}
		return new Result(title(heading, line, ctx), digestId, url);
	}

	private static String title(Heading heading, Integer line, PageContext ctx) {
		Node first = heading.getFirstChild();
		String title = null;
		if (first instanceof StrongEmphasis || first instanceof Emphasis) {
			title = ctx.clean(InlineText.of(first), null, line);
		}
		if (title == null) {
			String before = textBefore(heading);
			ctx.warn(null, line, "the page is untitled: the title line gives only \"" + PageContext.shorten(before)
					+ "\" before the digest link; title left empty");
		}
		return title;
	}

	private static String textBefore(Heading heading) {
		StringBuilder out = new StringBuilder();
		for (Node n = heading.getFirstChild(); n != null && !(n instanceof Link); n = n.getNext()) {
			out.append(InlineText.of(n));
		}
		return out.toString().strip();
	}

	private static Link firstLink(Node node) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Link link) {
				return link;
			}
			Link nested = firstLink(child);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	static Link findLink(Node node) {
		return firstLink(node);
	}

}
