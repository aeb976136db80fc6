package org.signaldigest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.signaldigest.importing.MarkdownPageParser;
import org.signaldigest.importing.ParseResult;
import org.signaldigest.importing.ParsedFinding;
import org.signaldigest.importing.ParsedPage;
import org.signaldigest.importing.ParsedSignal;

/**
 * A synthetic corpus of digest pages in the real format, deterministic for a seed. Its vocabulary comes from the
 * 17 real sample pages (parsed with the real parser): their keywords, themes, titles, summaries and table cells;
 * the long tail of keywords and themes is made by combining real words. Terms are drawn Zipf-like (rank r has
 * weight 1/r), so a few are very common.
 *
 * <p>Shape, per page: the old form (Summary first, a 4-column Signals table, Closest) in the samples' proportion
 * (7 of 17) or the new form (Other, five tables of 6 or 3 columns); 4–15 keywords, 3–8 themes, 1–11 rows per
 * table, relevancy mostly 3–5, digest dates weekly over five years (2021-01-03 to 2025-12-28, Sundays), and on
 * about 1.5% of pages one real quirk ({@link Quirk}).
 */
public final class CorpusGenerator {

	/** Share of old-form pages: 7 of the 17 samples. */
	public static final double OLD_FORM_SHARE = 7.0 / 17.0;

	/** Share of pages with one quirk. */
	public static final double QUIRK_SHARE = 0.015;

	public static final LocalDate FIRST_DIGEST = LocalDate.of(2021, 1, 3);

	public static final int DIGEST_WEEKS = 261;

	static final int KEYWORD_VOCABULARY = 6000;

	static final int THEME_VOCABULARY = 1500;

	static final int MAX_CELL = 400;

	/** The drift of the real pages that a small share of generated pages shows. */
	public enum Quirk {
		/** a digest id with a letter after the date: 20250511d */
		DATE_SUFFIX,
		/** a digest id that is no date: 4320.0 */
		NUMERIC_DIGEST_ID,
		/** a digest id like 20251231-a-yearly-review */
		REVIEW_DIGEST_ID,
		/** keywords and themes written one character per bullet */
		EXPLODED_LISTS,
		/** UTF-8 read as Windows-1252: Zoomâ€™s */
		MOJIBAKE,
		/** the title line gives the page id, no title, no external link */
		UNTITLED,
		/** N/A in text cells */
		NOT_AVAILABLE_CELLS
	}

	public enum Form {
		OLD, NEW
	}

	/** One generated page: its id (the file name without .md), its Markdown, and what it was made to be. */
	public record Page(String id, String markdown, Form form, Quirk quirk, LocalDate digestDate) {

		public byte[] bytes() {
			return markdown.getBytes(StandardCharsets.UTF_8);
		}

	}

	private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]{3,14}");

	private static final int[] ROW_WEIGHTS = { 3, 5, 10, 16, 20, 16, 11, 8, 5, 4, 2 };

	private static final int[] KEYWORD_COUNT_WEIGHTS = { 3, 5, 8, 10, 12, 13, 13, 12, 9, 6, 5, 4 }; // 4..15

	private static final int[] THEME_COUNT_WEIGHTS = { 14, 18, 22, 20, 14, 12 }; // 3..8

	private static final int[] RELEVANCY_WEIGHTS = { 1, 4, 25, 40, 30 }; // 1..5

	private final Vocabulary vocabulary;

	private CorpusGenerator(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** A generator whose vocabulary comes from the sample pages on the classpath ({@code samples/}). */
	public static CorpusGenerator fromSamples() {
		return new CorpusGenerator(Vocabulary.of(samplePages()));
	}

	/** The raw bytes of the sample pages on the classpath, sorted by file name. */
	public static List<byte[]> samplePages() {
		URL folder = CorpusGenerator.class.getClassLoader().getResource("samples");
		if (folder == null) {
			throw new IllegalStateException("samples/ is not on the classpath");
		}
		try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
			List<Path> pages = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
			List<byte[]> bytes = new ArrayList<>();
			for (Path page : pages) {
				bytes.add(Files.readAllBytes(page));
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public List<Page> generate(int pages, long seed) {
		List<Page> all = new ArrayList<>(pages);
		generate(pages, seed, all::add);
		return all;
	}

	public void generate(int pages, long seed, Consumer<Page> sink) {
		Random random = new Random(seed);
		Set<String> ids = new HashSet<>();
		List<String> recentIds = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			String id;
			do {
				id = String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
			}
			while (!ids.add(id));
			Page page = new PageMaker(random, id, recentIds).make();
			recentIds.add(id);
			if (recentIds.size() > 500) {
				recentIds.remove(0);
			}
			sink.accept(page);
		}
	}

	/** Writes the pages as {@code ID.md} files into a folder; returns the bytes written. */
	public long write(int pages, long seed, Path folder) throws IOException {
		Files.createDirectories(folder);
		long[] bytes = { 0 };
		try {
			generate(pages, seed, page -> {
				try {
					byte[] content = page.bytes();
					Files.write(folder.resolve(page.id() + ".md"), content);
					bytes[0] += content.length;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return bytes[0];
	}

	private final class PageMaker {

		private final Random random;

		private final String id;

		private final List<String> recentIds;

		private final Form form;

		private final Quirk quirk;

		private final StringBuilder out = new StringBuilder(12_000);

		PageMaker(Random random, String id, List<String> recentIds) {
			this.random = random;
			this.id = id;
			this.recentIds = recentIds;
			this.form = random.nextDouble() < OLD_FORM_SHARE ? Form.OLD : Form.NEW;
			this.quirk = random.nextDouble() < QUIRK_SHARE
					? Quirk.values()[random.nextInt(Quirk.values().length)] : null;
		}

		Page make() {
			LocalDate date = FIRST_DIGEST.plusWeeks(random.nextInt(DIGEST_WEEKS));
			String digestId = switch (quirk == null ? Quirk.MOJIBAKE : quirk) {
				case DATE_SUFFIX -> date.format(YYYYMMDD) + (char) ('a' + random.nextInt(4));
				case NUMERIC_DIGEST_ID -> (1000 + random.nextInt(9000)) + ".0";
				case REVIEW_DIGEST_ID -> date.format(YYYYMMDD) + "-a-yearly-review";
				default -> date.format(YYYYMMDD);
			};
			String digestUrl = "https://kghosh.substack.com/p/" + digestId;
			if (quirk == Quirk.UNTITLED) {
				out.append("# ").append(id).append(" from ([").append(digestId).append("](").append(digestUrl)
					.append(").)\n\n");
			}
			else {
				String title = text(vocabulary.titles, 200);
				out.append("# __").append(title).append("__, ");
				if (form == Form.OLD) {
					out.append("from ([").append(digestId).append("](").append(digestUrl).append(").)\n\n");
				}
				else {
					out.append("(from page [").append(digestId).append("](").append(digestUrl).append(").)\n\n");
				}
				out.append("__[External link](").append(pick(vocabulary.links)).append(")__\n\n\n\n");
			}
			if (form == Form.OLD) {
				summary();
				terms();
				oldSignals();
				closest();
			}
			else {
				terms();
				other();
				summary();
				newSignals();
				String[] tables = { "Concerns", "Behaviors", "Technologies", "Issues" };
				for (String table : tables) {
					if (random.nextInt(10) < 9) {
						findings(table);
					}
				}
			}
			String markdown = out.toString();
			if (quirk == Quirk.MOJIBAKE) {
				markdown = mojibake(markdown);
			}
			return new Page(id, markdown, form, quirk,
					quirk == Quirk.NUMERIC_DIGEST_ID ? null : date);
		}

		private void summary() {
			out.append("## Summary\n\n").append(text(vocabulary.summaries, 1500)).append("\n\n");
		}

		private void terms() {
			List<String> keywords = vocabulary.keywords.distinct(random, 4 + weighted(KEYWORD_COUNT_WEIGHTS));
			List<String> themes = vocabulary.themes.distinct(random, 3 + weighted(THEME_COUNT_WEIGHTS));
			out.append("## Keywords\n\n");
			list(keywords);
			out.append("## Themes\n\n");
			list(themes);
		}

		private void list(List<String> items) {
			if (quirk == Quirk.EXPLODED_LISTS) {
				for (char c : String.join(",", items).toCharArray()) {
					out.append("* ").append(c).append('\n');
				}
			}
			else {
				for (String item : items) {
					out.append("* ").append(item).append('\n');
				}
			}
			out.append('\n');
		}

		private void other() {
			out.append("## Other\n\n* Category: ").append(pick(vocabulary.categories)).append("\n* Type: ")
				.append(pick(vocabulary.types)).append("\n\n");
		}

		private void oldSignals() {
			int rows = 1 + weighted(ROW_WEIGHTS);
			List<String[]> cells = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				boolean na = quirk == Quirk.NOT_AVAILABLE_CELLS && r % 2 == 0;
				cells.add(new String[] { cell(vocabulary.names, 120), na ? "N/A" : cell(vocabulary.changes, 120),
						na ? "N/A" : cell(vocabulary.tenYears, 120), na ? "N/A" : cell(vocabulary.forces, 120) });
			}
			out.append("## Signals\n\n");
			table(new String[] { "Signal", "Change", "10y horizon", "Driving force" }, cells, false);
		}

		private void newSignals() {
			int rows = 1 + weighted(ROW_WEIGHTS);
			List<String[]> cells = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				boolean na = quirk == Quirk.NOT_AVAILABLE_CELLS && r == 0;
				cells.add(new String[] { cell(vocabulary.names, 120), cell(vocabulary.descriptions, MAX_CELL),
						cell(vocabulary.changes, MAX_CELL), na ? "N/A" : cell(vocabulary.tenYears, MAX_CELL),
						cell(vocabulary.forces, MAX_CELL), relevancy() });
			}
			out.append("## Signals\n\n");
			table(new String[] { "name", "description", "change", "10-year", "driving-force", "relevancy" }, cells,
					true);
		}

		private void findings(String title) {
			int rows = 1 + weighted(ROW_WEIGHTS);
			List<String[]> cells = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				cells.add(new String[] { cell(vocabulary.names, 120), cell(vocabulary.descriptions, MAX_CELL),
						relevancy() });
			}
			out.append("## ").append(title).append("\n\n");
			table(new String[] { "name", "description", "relevancy" }, cells, true);
		}

		private void closest() {
			int count = 3 + random.nextInt(3);
			out.append("## Closest\n\n");
			for (int i = 0; i < count; i++) {
				String related = !recentIds.isEmpty() && random.nextBoolean()
						? recentIds.get(random.nextInt(recentIds.size()))
						: String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
				out.append("* [").append(text(vocabulary.titles, 200)).append("](").append(related).append(")\n");
			}
		}

		/** A pandas-style pipe table: columns padded to their widest cell, the last one right-aligned if numeric. */
		private void table(String[] header, List<String[]> rows, boolean numericLast) {
			int[] width = new int[header.length];
			for (int c = 0; c < header.length; c++) {
				width[c] = header[c].length();
				for (String[] row : rows) {
					width[c] = Math.max(width[c], row[c].length());
				}
			}
			if (numericLast) {
				width[header.length - 1] += 2;
			}
			line(header, width, numericLast);
			for (int c = 0; c < header.length; c++) {
				boolean right = numericLast && c == header.length - 1;
				out.append('|');
				if (!right) {
					out.append(':');
				}
				out.append("-".repeat(width[c] + 1));
				if (right) {
					out.append(':');
				}
			}
			out.append("|\n");
			for (String[] row : rows) {
				line(row, width, numericLast);
			}
			out.append('\n');
		}

		private void line(String[] cells, int[] width, boolean numericLast) {
			for (int c = 0; c < cells.length; c++) {
				String pad = " ".repeat(width[c] - cells[c].length());
				out.append("| ");
				if (numericLast && c == cells.length - 1) {
					out.append(pad).append(cells[c]);
				}
				else {
					out.append(cells[c]).append(pad);
				}
				out.append(' ');
			}
			out.append("|\n");
		}

		private String relevancy() {
			return Integer.toString(1 + weighted(RELEVANCY_WEIGHTS));
		}

		/** A real cell of that kind, a word or two changed; now and then two joined, at most max characters. */
		private String cell(List<String> pool, int max) {
			String text = text(pool, max);
			if (max >= MAX_CELL && random.nextInt(20) == 0) {
				String more = text + " " + text(pool, max);
				if (more.length() <= max) {
					text = more;
				}
			}
			return text.replace('|', '/');
		}

		private String text(List<String> pool, int max) {
			String text = pick(pool);
			String[] words = text.split(" ", -1);
			int changes = random.nextInt(3);
			for (int i = 0; i < changes && words.length > 2; i++) {
				int at = random.nextInt(words.length);
				if (WORD.matcher(words[at]).matches()) {
					words[at] = pick(vocabulary.words);
				}
			}
			text = String.join(" ", words);
			if (text.length() > max) {
				int cut = text.lastIndexOf(' ', max);
				text = text.substring(0, cut > 0 ? cut : max);
			}
			return text;
		}

		private String mojibake(String markdown) {
			String broken = new String("’".getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
			int summary = markdown.indexOf("## Summary\n\n");
			if (summary < 0) {
				return markdown;
			}
			int at = summary + "## Summary\n\n".length();
			String fixed = markdown.substring(at).replace("'", broken).replace("’", broken);
			if (!fixed.contains(broken)) {
				fixed = "The company" + broken + "s " + fixed;
			}
			return markdown.substring(0, at) + fixed;
		}

		private <T> T pick(List<T> pool) {
			return pool.get(random.nextInt(pool.size()));
		}

		private int weighted(int[] weights) {
			int total = Arrays.stream(weights).sum();
			int draw = random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				draw -= weights[i];
				if (draw < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}

	}

	/** Terms drawn with the weight 1/rank: a few very common ones and a long tail. */
	static final class Zipf {

		final List<String> terms;

		private final double[] cumulative;

		Zipf(List<String> terms) {
			this.terms = List.copyOf(terms);
			this.cumulative = new double[terms.size()];
			double sum = 0;
			for (int i = 0; i < terms.size(); i++) {
				sum += 1.0 / (i + 1);
				cumulative[i] = sum;
			}
		}

		String draw(Random random) {
			double target = random.nextDouble() * cumulative[cumulative.length - 1];
			int at = Arrays.binarySearch(cumulative, target);
			return terms.get(at >= 0 ? at : Math.min(-at - 1, terms.size() - 1));
		}

		/** count different terms (different ignoring case) in draw order. */
		List<String> distinct(Random random, int count) {
			Map<String, String> byLower = new java.util.LinkedHashMap<>();
			while (byLower.size() < count) {
				String term = draw(random);
				byLower.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
			}
			return new ArrayList<>(byLower.values());
		}

	}

	/** What the sample pages say, in a fixed order. */
	static final class Vocabulary {

		Zipf keywords;

		Zipf themes;

		final List<String> words = new ArrayList<>();

		final List<String> titles = new ArrayList<>();

		final List<String> summaries = new ArrayList<>();

		final List<String> links = new ArrayList<>();

		final List<String> categories = new ArrayList<>();

		final List<String> types = new ArrayList<>();

		final List<String> names = new ArrayList<>();

		final List<String> descriptions = new ArrayList<>();

		final List<String> changes = new ArrayList<>();

		final List<String> tenYears = new ArrayList<>();

		final List<String> forces = new ArrayList<>();

		static Vocabulary of(List<byte[]> pages) {
			MarkdownPageParser parser = new MarkdownPageParser(
					Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
			Vocabulary v = new Vocabulary();
			Map<String, Integer> keywordCounts = new TreeMap<>();
			Map<String, Integer> themeCounts = new TreeMap<>();
			Set<String> words = new TreeSet<>();
			for (byte[] bytes : pages) {
				ParseResult result = parser.parse(null, bytes);
				ParsedPage page = result.page();
				if (page == null) {
					continue;
				}
				count(keywordCounts, page.keywords());
				count(themeCounts, page.themes());
				add(v.titles, page.title());
				if (page.title() != null && page.title().matches("[0-9a-f]{32}")) {
					v.titles.remove(page.title());
				}
				add(v.summaries, page.summary());
				add(v.links, page.externalUrl());
				add(v.categories, page.category());
				add(v.types, page.type());
				for (ParsedSignal s : page.signals()) {
					add(v.names, s.name());
					add(v.descriptions, s.description());
					add(v.changes, s.change());
					add(v.tenYears, s.tenYear());
					add(v.forces, s.drivingForce());
				}
				for (List<ParsedFinding> table : List.of(page.concerns(), page.behaviors(), page.technologies(),
						page.issues())) {
					for (ParsedFinding f : table) {
						add(v.names, f.name());
						add(v.descriptions, f.description());
					}
				}
			}
			Matcher m = WORD.matcher(String.join(" ", v.summaries) + " " + String.join(" ", v.descriptions));
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
			v.words.addAll(words);
			v.keywords = new Zipf(withTail(ranked(keywordCounts), v.words, KEYWORD_VOCABULARY, 11));
			v.themes = new Zipf(withTail(ranked(themeCounts), v.words, THEME_VOCABULARY, 13));
			return v;
		}

		private static void add(List<String> pool, String text) {
			if (text == null) {
				return;
			}
			String clean = text.replace('\n', ' ').replace('\r', ' ').strip();
			if (clean.length() >= 3 && !clean.equals("N/A") && !pool.contains(clean)) {
				pool.add(clean);
			}
		}

		private static void count(Map<String, Integer> counts, List<String> terms) {
			for (String term : terms) {
				if (term.strip().length() > 1) {
					counts.merge(term.strip(), 1, Integer::sum);
				}
			}
		}

		/** Most frequent first, then alphabetical. */
		private static List<String> ranked(Map<String, Integer> counts) {
			return counts.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.toList();
		}

		/** The real terms, then pairs of real words until the vocabulary has size terms. */
		private static List<String> withTail(List<String> real, List<String> words, int size, long seed) {
			Set<String> terms = new LinkedHashSet<>(real);
			Set<String> lower = new HashSet<>();
			real.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
			Random random = new Random(seed);
			while (terms.size() < size) {
				String term = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
				if (lower.add(term)) {
					terms.add(term);
				}
			}
			return new ArrayList<>(terms);
		}

	}

}
