package org.signaldigest.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.TestPage;
import org.signaldigest.digest.DigestPage.TopSignal;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.parser.MarkdownPageParser;
import org.signaldigest.parser.ParsedPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signaldigest.TestPage.page;

/** Digests on the real database, checked against what the sample pages themselves say. */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class DigestQueriesTest {

	@Autowired
	DigestQueries digests;

	@Autowired
	ImportService imports;

	@TempDir
	Path folder;

	@Test
	void countsTheArticlesAndSignalsOfEachDigestOfTheSamples() throws IOException {
		SamplePages.copyTo(folder);
		TestPage extra = page("extra").digest("20230416")
			.title("Another article of the Vicuna digest")
			.signal("x", 2)
			.signal("y", null);
		Files.writeString(folder.resolve("extra.md"), extra.markdown());
		imports.importPaths(List.of(folder), false, ImportListener.NONE);

		Map<String, long[]> expected = expectedCounts(folder);
		Page<DigestRow> page = digests.newestFirst(PageRequest.of(0, 200));

		assertThat(page.getTotalElements()).isEqualTo(expected.size());
		assertThat(page.getContent()).hasSize(expected.size());
		for (DigestRow row : page.getContent()) {
			assertThat(new long[] { row.articles(), row.signals() }).as(row.id())
				.containsExactly(expected.get(row.id()));
		}
		assertThat(page.getContent()).filteredOn(row -> row.id().equals("20230416"))
			.singleElement()
			.satisfies(row -> assertThat(row.articles()).isEqualTo(2));
		assertThat(page.getContent()).extracting(DigestRow::id)
			.startsWith("20290911", "20260419", "20260329", "20251231-a-yearly-review")
			.endsWith("20220717", "4320.0");
		assertThat(page.getContent()).filteredOn(row -> !row.confirmed())
			.extracting(DigestRow::id)
			.as("the real page dated 2029-09-11, after its import, and the id that is not a date")
			.containsExactly("20290911", "4320.0");
		assertThat(digests.latest(3)).extracting(DigestRow::id)
			.containsExactly("20260419", "20260329", "20251231-a-yearly-review");
		assertThat(digests.byId("20290911").orElseThrow().confirmed()).isFalse();
		assertThat(digests.byId("20260419").orElseThrow().confirmed()).isTrue();
	}

	@Test
	void pagesThroughTheDigestsNewestFirst() {
		TestPage.importAll(imports, page("a").digest("20230101"), page("b").digest("20240101"),
				page("c").digest("20240101"), page("d").digest("20220101"));

		Page<DigestRow> first = digests.newestFirst(PageRequest.of(0, 2));
		Page<DigestRow> second = digests.newestFirst(PageRequest.of(1, 2));

		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getContent()).extracting(DigestRow::id).containsExactly("20240101", "20230101");
		assertThat(second.getContent()).extracting(DigestRow::id).containsExactly("20220101");
	}

	@Test
	void aDigestHasItsArticlesEachWithItsThreeMostRelevantSignals() {
		TestPage.importAll(imports,
				page("a").digest("4320.0")
					.title("Beta")
					.signal("none", null)
					.signal("low", 1)
					.signal("top", 5)
					.signal("mid", 3)
					.signal("high", 4),
				page("b").digest("4320.0").title("Alpha"), page("c").digest("20240101"));

		DigestPage digest = digests.byId("4320.0").orElseThrow();

		assertThat(digest.articles()).extracting(DigestPage.Article::id).containsExactly("b", "a");
		assertThat(digest.articles().get(1).topSignals()).containsExactly(new TopSignal("top", 5),
				new TopSignal("high", 4), new TopSignal("mid", 3));
		assertThat(digest.articles().get(0).topSignals()).isEmpty();
		assertThat(digest.date()).isNull();
		assertThat(digest.url()).isEqualTo("https://kghosh.substack.com/p/4320.0");
		assertThat(digests.byId("20240101").orElseThrow().date()).hasToString("2024-01-01");
		assertThat(digests.byId("4320")).isEmpty();
	}

	/** digest id → {articles, signals}, from parsing the pages in the folder. */
	private static Map<String, long[]> expectedCounts(Path folder) throws IOException {
		MarkdownPageParser parser = new MarkdownPageParser();
		Map<String, long[]> counts = new HashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				ParsedPage parsed = parser.parse(file.getFileName().toString(), Files.readAllBytes(file)).page();
				long[] count = counts.computeIfAbsent(parsed.digestId(), id -> new long[2]);
				count[0]++;
				count[1] += parsed.findings(FindingKind.SIGNALS).size();
			}
		}
		return counts;
	}

}
