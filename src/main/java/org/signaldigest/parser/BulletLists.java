package org.signaldigest.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads the bullet-list sections: Keywords and Themes (incl. lists exploded one character
 * per bullet), Other, Closest.
 */
final class BulletLists {

	private static final Pattern MARKER = Pattern.compile("^\\s*(?:[*+-]|[0-9]{1,9}[.)])");

	private static final Pattern KEY_VALUE = Pattern.compile("^([^:]+):(.*)$", Pattern.DOTALL);

	private static final int MIN_EXPLODED_ITEMS = 3;

	/** One bullet: its text (a single space for an empty bullet) and 1-based line. */
	record Item(String text, Integer line) {
	}

	/** A {@code Key: value} bullet of the Other section. */
	record Entry(String key, String value, Integer line) {
	}

	private BulletLists() {
	}

	/** Keywords or themes; {@code noun} ("keywords"/"themes") is used in messages. */
	static List<String> terms(List<Node> blocks, String section, String noun, PageContext ctx) {
		List<Item> items = items(blocks, section, ctx);
		List<String> terms = new ArrayList<>();
		if (isExploded(items)) {
			StringBuilder joined = new StringBuilder();
			items.forEach(item -> joined.append(item.text()));
			for (String part : joined.toString().split(",")) {
				addTerm(part, section, items.get(0).line(), terms, ctx);
			}
			ctx.warn(section, items.get(0).line(),
					"the list was written one character per bullet; rebuilt as " + terms.size() + " " + noun);
		}
		else {
			items.forEach(item -> addTerm(item.text(), section, item.line(), terms, ctx));
		}
		return terms;
	}

	/**
	 * The {@code Key: value} bullets whose (lower-cased) key is known; others are
	 * reported and skipped.
	 */
	static List<Entry> entries(List<Node> blocks, String section, Set<String> knownKeys, PageContext ctx) {
		List<Entry> entries = new ArrayList<>();
		for (Item item : items(blocks, section, ctx)) {
			Matcher m = KEY_VALUE.matcher(item.text().strip());
			String key = m.matches() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
			if (knownKeys.contains(key)) {
				entries.add(new Entry(key, ctx.clean(m.group(2), section, item.line()), item.line()));
			}
			else if (!key.isEmpty()) {
				ctx.warn(section, item.line(), "unknown key \"" + PageContext.shorten(m.group(1).strip())
						+ "\" (expected one of " + knownKeys + "); ignored");
			}
			else {
				ctx.warn(section, item.line(), "expected a \"Key: value\" bullet but found \""
						+ PageContext.shorten(item.text().strip()) + "\"; ignored");
			}
		}
		return entries;
	}

	/**
	 * The destinations of the links of the Closest bullets (duplicates kept; the caller
	 * de-duplicates).
	 */
	static List<String> linkTargets(List<Node> blocks, String section, PageContext ctx) {
		List<String> ids = new ArrayList<>();
		for (Node block : blocks) {
			if (!(block instanceof ListBlock)) {
				continue;
			}
			for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
				Link link = TitleLine.findLink(item);
				String target = link == null || link.getDestination() == null ? "" : link.getDestination().strip();
				if (target.isEmpty()) {
					ctx.warn(section, ctx.lineOf(item),
							"the bullet \"" + PageContext.shorten(itemText(item, ctx).strip())
									+ "\" is not a link to a related page; ignored");
				}
				else {
					ids.add(target);
				}
			}
		}
		ignoreNonLists(blocks, section, ctx);
		return ids;
	}

	private static List<Item> items(List<Node> blocks, String section, PageContext ctx) {
		List<Item> items = new ArrayList<>();
		for (Node block : blocks) {
			if (block instanceof ListBlock) {
				for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
					items.add(new Item(itemText(item, ctx), ctx.lineOf(item)));
				}
			}
		}
		ignoreNonLists(blocks, section, ctx);
		return items;
	}

	private static void ignoreNonLists(List<Node> blocks, String section, PageContext ctx) {
		for (Node block : blocks) {
			if (!(block instanceof ListBlock)) {
				ctx.warn(section, ctx.lineOf(block), "expected a bullet list but found \""
						+ PageContext.shorten(ctx.firstSourceLine(block).strip()) + "\"; ignored");
			}
		}
	}

	/**
	 * The text of a bullet. An empty bullet is a single space. A bullet whose content is
	 * not a paragraph ({@code * -}, {@code * *}, {@code * #}, {@code * 1.} are a nested
	 * list, a heading...) is read from its source line.
	 */
	static String itemText(Node item, PageContext ctx) {
		if (item.getFirstChild() == null) {
			return " ";
		}
		StringBuilder text = new StringBuilder();
		boolean onlyParagraphs = true;
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			onlyParagraphs &= child instanceof Paragraph;
			text.append(text.length() > 0 ? " " : "").append(InlineText.of(child));
		}
		if (onlyParagraphs) {
			return text.toString();
		}
		String raw = MARKER.matcher(ctx.firstSourceLine(item)).replaceFirst("").strip();
		return raw.isEmpty() ? " " : raw;
	}

	private static boolean isExploded(List<Item> items) {
		return items.size() >= MIN_EXPLODED_ITEMS && items.stream().allMatch(i -> i.text().length() <= 1);
	}

	/**
	 * A term is kept when it has a letter or a digit: one without cannot have a slug, so
	 * it has no page.
	 */
	private static void addTerm(String raw, String section, Integer line, List<String> terms, PageContext ctx) {
		String term = ctx.clean(stripQuotes(raw.strip()), section, line);
		if (term != null && Slugs.of(term).isEmpty()) {
			ctx.warn(section, line, "\"" + PageContext.shorten(term) + "\" has no letter or digit; left out");
		}
		else if (term != null) {
			terms.add(term);
		}
	}

	static String stripQuotes(String text) {
		if (text.length() >= 2 && ((text.startsWith("\"") && text.endsWith("\""))
				|| (text.startsWith("\u201C") && text.endsWith("\u201D")))) {
			return text.substring(1, text.length() - 1).strip();
		}
		return text;
	}

}
