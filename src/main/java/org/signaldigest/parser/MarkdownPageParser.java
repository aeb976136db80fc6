package org.signaldigest.parser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses one digest page (Markdown) into a {@link ParsedPage} plus the problems found.
 * Walks the commonmark AST: the title heading, the external link, then each level-2
 * section until the next level-2 heading. Thread-safe (no mutable state) and never
 * throws.
 */
public final class MarkdownPageParser {

	private final Clock clock;

	/** commonmark's parser is thread-safe: each parse runs on a state of its own. */
	private final Parser markdown = Parser.builder()
		.extensions(List.of(TablesExtension.create()))
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	public MarkdownPageParser() {
		this(Clock.systemDefaultZone());
	}

	public MarkdownPageParser(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public ParseResult parse(String fileName, byte[] bytes) {
		try {
			return parseChecked(bytes);
		}
		catch (RuntimeException | StackOverflowError e) {
			return new ParseResult(null,
					List.of(Problem
						.error("the page could not be parsed" + (fileName == null ? "" : " (" + fileName + ")")
								+ " because of an unexpected parser failure: " + e)));
		}
	}

	private ParseResult parseChecked(byte[] bytes) {
		PageInput.Decoded input = PageInput.decode(bytes);
		if (input.error() != null) {
			return new ParseResult(null, List.of(input.error()));
		}
		Node document = markdown.parse(input.text());
		PageContext ctx = new PageContext(input.text());
		PageDraft draft = new PageDraft();
		Node first = document.getFirstChild();
		TitleLine.Result title = TitleLine.read(first, ctx);
		if (title == null) {
			return new ParseResult(null, ctx.problems());
		}
		draft.title = title.title();
		draft.digestId = title.digestId();
		draft.digestUrl = title.digestUrl();
		draft.digestDate = DigestDates.read(title.digestId(), clock, ctx.lineOf(first), ctx);
		Node next = readPreamble(first.getNext(), draft, ctx);
		readSections(next, draft, ctx);
		return new ParseResult(ctx.hasErrors() ? null : draft.build(), ctx.problems());
	}

	/**
	 * The blocks between the title line and the first section: the external link. Returns
	 * the first section heading.
	 */
	private static Node readPreamble(Node node, PageDraft draft, PageContext ctx) {
		Node n = node;
		for (; n != null && !isSectionHeading(n); n = n.getNext()) {
			Link link = n instanceof Paragraph ? TitleLine.findLink(n) : null;
			if (draft.externalUrl == null && link != null
					&& InlineText.of(link).strip().equalsIgnoreCase("External link")) {
				draft.externalUrl = link.getDestination() == null || link.getDestination().isBlank() ? null
						: link.getDestination().strip();
			}
			else {
				ctx.warn(null, ctx.lineOf(n), "unexpected content before the first section, ignored: \""
						+ PageContext.shorten(ctx.firstSourceLine(n).strip()) + "\"");
			}
		}
		if (draft.externalUrl == null) {
			ctx.warn(null, null,
					"the page has no external link (expected \"__[External link](URL)__\"" + " after the title line)");
		}
		return n;
	}

	private static void readSections(Node firstHeading, PageDraft draft, PageContext ctx) {
		Set<Section> seen = EnumSet.noneOf(Section.class);
		for (Node heading = firstHeading; heading != null;) {
			List<Node> blocks = new ArrayList<>();
			Node n = heading.getNext();
			for (; n != null && !isSectionHeading(n); n = n.getNext()) {
				blocks.add(n);
			}
			String name = InlineText.of(heading).strip();
			Section section = Section.named(name);
			Integer line = ctx.lineOf(heading);
			if (section == null) {
				ctx.warn(name, line, "unknown section \"" + name + "\"; its content is ignored (known sections: "
						+ Section.allTitles() + ")");
			}
			else {
				if (!seen.add(section)) {
					ctx.warn(section.title(), line, "the section appears more than once; its items are appended"
							+ " to those of the first one");
				}
				if (blocks.isEmpty()) {
					ctx.warn(section.title(), line, "the section is empty");
				}
				else {
					SectionReader.read(section, blocks, draft, ctx);
				}
			}
			heading = n;
		}
		if (seen.isEmpty()) {
			ctx.error(null, null,
					"the page has no recognised section; expected \"## \" headings among: " + Section.allTitles());
		}
	}

	private static boolean isSectionHeading(Node node) {
		return node instanceof Heading h && h.getLevel() == 2;
	}

}
