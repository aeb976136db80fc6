package org.signaldigest.parser;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/** Reads the blocks of one recognised section into the page draft. */
final class SectionReader {

	private static final Set<String> OTHER_KEYS = new TreeSet<>(Set.of("category", "type"));

	private SectionReader() {
	}

	static void read(Section section, List<Node> blocks, PageDraft draft, PageContext ctx) {
		String name = section.title();
		switch (section) {
			case KEYWORDS -> draft.keywords.addAll(BulletLists.terms(blocks, name, "keywords", ctx));
			case THEMES -> draft.themes.addAll(BulletLists.terms(blocks, name, "themes", ctx));
			case OTHER -> readOther(blocks, draft, ctx);
			case SUMMARY -> draft.appendSummary(summary(blocks, ctx));
			case CLOSEST -> draft.relatedIds.addAll(BulletLists.linkTargets(blocks, name, ctx));
			default -> tables(blocks, name, ctx)
				.forEach(t -> draft.findings(section.kind()).addAll(FindingTable.rows(t, section.kind(), name, ctx)));
		}
	}

	private static void readOther(List<Node> blocks, PageDraft draft, PageContext ctx) {
		String name = Section.OTHER.title();
		for (BulletLists.Entry entry : BulletLists.entries(blocks, name, OTHER_KEYS, ctx)) {
			if (entry.key().equals("category")) {
				draft.category = entry.value();
			}
			else {
				draft.type = entry.value();
			}
		}
	}

	/**
	 * The Markdown source from the first block's first line to the last block's last
	 * line, trimmed.
	 */
	private static String summary(List<Node> blocks, PageContext ctx) {
		Integer first = ctx.lineOf(blocks.get(0));
		Integer last = ctx.lastLineOf(blocks.get(blocks.size() - 1));
		if (first == null || last == null) {
			return null;
		}
		return ctx.clean(ctx.lines(first, last), Section.SUMMARY.title(), first);
	}

	private static List<TableBlock> tables(List<Node> blocks, String section, PageContext ctx) {
		for (Node block : blocks) {
			if (!(block instanceof TableBlock)) {
				ctx.warn(section, ctx.lineOf(block), "expected a table but found \""
						+ PageContext.shorten(ctx.firstSourceLine(block).strip()) + "\"; ignored");
			}
		}
		return blocks.stream().filter(TableBlock.class::isInstance).map(TableBlock.class::cast).toList();
	}

}
