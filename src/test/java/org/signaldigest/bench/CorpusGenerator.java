package org.signaldigest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A synthetic corpus of digest pages in the real format, deterministic for a seed. Its
 * vocabulary comes from the 17 real sample pages (parsed with the real parser): their
 * keywords, themes, titles, summaries and table cells; the long tail of keywords and
 * themes is made by combining real words. Terms are drawn Zipf-like (rank r has weight
 * 1/r), so a few are very common.
 *
 * <p>
 * Shape, per page: the old form (Summary first, a 4-column Signals table, Closest) in the
 * samples' proportion (7 of 17) or the new form (Other, five tables of 6 or 3 columns);
 * 4–15 keywords, 3–8 themes, 1–11 rows per table, relevancy mostly 3–5, digest dates
 * weekly over five years (2021-01-03 to 2025-12-28, Sundays), and on about 1.5% of pages
 * one real quirk ({@link Quirk}).
 */
public final class CorpusGenerator {

	/** Share of old-form pages: 7 of the 17 samples. */
	public static final double OLD_FORM_SHARE = 7.0 / 17.0;

	/** Share of pages with one quirk. */
	public static final double QUIRK_SHARE = 0.015;

	public static final LocalDate FIRST_DIGEST = LocalDate.of(2021, 1, 3);

	public static final int DIGEST_WEEKS = 261;

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

	/**
	 * One generated page: its id (the file name without .md), its Markdown, and what it
	 * was made to be.
	 */
	public record Page(String id, String markdown, Form form, Quirk quirk, LocalDate digestDate) {

		public byte[] bytes() {
			return markdown.getBytes(StandardCharsets.UTF_8);
		}

	}

	private final Vocabulary vocabulary;

	private CorpusGenerator(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * A generator whose vocabulary comes from the sample pages on the classpath
	 * ({@code samples/}).
	 */
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
		VocabularySampler sampler = new VocabularySampler(new Random(seed), vocabulary);
		Set<String> ids = new HashSet<>();
		List<String> recentIds = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			String id;
			do {
				id = sampler.id();
			}
			while (!ids.add(id));
			Page page = new PageWriter(sampler, id, recentIds).write();
			recentIds.add(id);
			if (recentIds.size() > 500) {
				recentIds.remove(0);
			}
			sink.accept(page);
		}
	}

	/**
	 * Writes the pages as {@code ID.md} files into a folder; returns the bytes written.
	 */
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

}
