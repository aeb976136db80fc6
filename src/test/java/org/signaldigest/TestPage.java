package org.signaldigest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportService;
import org.signaldigest.importing.ImportSummary;
import org.signaldigest.importing.PageSource;
import org.signaldigest.kind.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small digest page written for a test, in the format of the collection, and its
 * import.
 */
public final class TestPage {

	private final String id;

	private String title;

	private String digestId = "20230416";

	private final List<String> keywords = new ArrayList<>();

	private final List<String> themes = new ArrayList<>();

	private String category;

	private String type;

	private String summary = "A summary.";

	private final Map<FindingKind, List<String>> rows = new EnumMap<>(FindingKind.class);

	private final List<String> related = new ArrayList<>();

	private TestPage(String id) {
		this.id = id;
		this.title = "Article " + id;
	}

	public static TestPage page(String id) {
		return new TestPage(id);
	}

	public TestPage title(String title) {
		this.title = title;
		return this;
	}

	public TestPage digest(String digestId) {
		this.digestId = digestId;
		return this;
	}

	public TestPage keywords(String... values) {
		keywords.addAll(Arrays.asList(values));
		return this;
	}

	public TestPage themes(String... values) {
		themes.addAll(Arrays.asList(values));
		return this;
	}

	public TestPage category(String category) {
		this.category = category;
		return this;
	}

	public TestPage type(String type) {
		this.type = type;
		return this;
	}

	public TestPage summary(String summary) {
		this.summary = summary;
		return this;
	}

	/** A signal row; a null relevancy leaves the cell empty. */
	public TestPage signal(String name, Integer relevancy) {
		rows(FindingKind.SIGNALS).add("| " + name + " | about " + name + " | change of " + name + " | " + name
				+ " in ten years | force of " + name + " | " + (relevancy == null ? "" : relevancy) + " |");
		return this;
	}

	/** A concern row; a null relevancy leaves the cell empty. */
	public TestPage concern(String name, Integer relevancy) {
		return row(FindingKind.CONCERNS, name, relevancy);
	}

	/** A row of a table other than Signals; a null relevancy leaves the cell empty. */
	public TestPage row(FindingKind kind, String name, Integer relevancy) {
		rows(kind).add("| " + name + " | about " + name + " | " + (relevancy == null ? "" : relevancy) + " |");
		return this;
	}

	private List<String> rows(FindingKind kind) {
		return rows.computeIfAbsent(kind, k -> new ArrayList<>());
	}

	public TestPage related(String... pageIds) {
		related.addAll(Arrays.asList(pageIds));
		return this;
	}

	public String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# __")
			.append(title)
			.append("__, (from page [")
			.append(digestId)
			.append("](https://kghosh.substack.com/p/")
			.append(digestId)
			.append(").)\n\n");
		md.append("__[External link](https://example.org/").append(id).append(")__\n\n");
		list(md, "Keywords", keywords);
		list(md, "Themes", themes);
		md.append("## Other\n\n");
		if (category != null) {
			md.append("* Category: ").append(category).append('\n');
		}
		if (type != null) {
			md.append("* Type: ").append(type).append('\n');
		}
		md.append("\n## Summary\n\n").append(summary).append("\n\n");
		for (FindingKind kind : FindingKind.values()) {
			String section = Character.toUpperCase(kind.path().charAt(0)) + kind.path().substring(1);
			table(md, section,
					kind.isSignal()
							? "| name | description | change | 10-year | driving-force | relevancy |\n"
									+ "|:--|:--|:--|:--|:--|--:|\n"
							: "| name | description | relevancy |\n|:--|:--|--:|\n",
					rows(kind));
		}
		if (!related.isEmpty()) {
			md.append("## Closest\n\n");
			related.forEach(r -> md.append("* [Page ").append(r).append("](").append(r).append(")\n"));
		}
		return md.toString();
	}

	public PageSource source() {
		byte[] bytes = markdown().getBytes(StandardCharsets.UTF_8);
		return new PageSource("test", id + ".md", () -> bytes);
	}

	/** Imports the pages and checks that each one was imported. */
	public static void importAll(ImportService imports, TestPage... pages) {
		ImportSummary summary = imports.importSources(Arrays.stream(pages).map(TestPage::source).toList(), false,
				ImportListener.NONE);
		assertThat(summary.count(ImportOutcome.IMPORTED)).as("imported pages").isEqualTo(pages.length);
	}

	private static void list(StringBuilder md, String section, List<String> items) {
		if (!items.isEmpty()) {
			md.append("## ").append(section).append("\n\n");
			items.forEach(item -> md.append("* ").append(item).append('\n'));
			md.append('\n');
		}
	}

	private static void table(StringBuilder md, String section, String header, List<String> rows) {
		if (!rows.isEmpty()) {
			md.append("## ").append(section).append("\n\n").append(header);
			rows.forEach(row -> md.append(row).append('\n'));
			md.append('\n');
		}
	}

}
