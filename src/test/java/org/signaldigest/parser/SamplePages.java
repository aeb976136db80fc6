package org.signaldigest.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.signaldigest.parser.MarkdownPageParser;
import org.signaldigest.parser.ParseResult;

/**
 * Test helpers: the bundled sample pages, small pages built from lines, and a fixed
 * clock.
 */
final class SamplePages {

	/** "Today" for the tests: 2026-11-30. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

	static final String TITLE_LINE = "# __A Test Page__, (from page [20230827](https://kghosh.substack.com/p/20230827).)";

	private SamplePages() {
	}

	static MarkdownPageParser parser() {
		return new MarkdownPageParser(CLOCK);
	}

	/**
	 * The ids (file names without .md) of every page under samples/ on the classpath,
	 * sorted.
	 */
	static List<String> ids() {
		URL folder = SamplePages.class.getClassLoader().getResource("samples");
		if (folder == null) {
			throw new IllegalStateException("samples/ is not on the classpath");
		}
		try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".md"))
				.map(n -> n.substring(0, n.length() - 3))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] bytes(String id) {
		try (InputStream in = SamplePages.class.getClassLoader().getResourceAsStream("samples/" + id + ".md")) {
			if (in == null) {
				throw new IllegalArgumentException("no sample page " + id);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ParseResult parseSample(String id) {
		return parser().parse(id + ".md", bytes(id));
	}

	/** Joins lines with \n (no final newline) and parses them as UTF-8. */
	static ParseResult parseLines(String... lines) {
		return parser().parse("test.md", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

}
