package org.signaldigest.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.signaldigest.DatabaseTables;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.parser.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import service on the real database: whole pages or nothing, re-imports in place,
 * concurrent imports.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class ImportServiceTest {

	private static final List<String> TABLES = List.of("article", "keyword", "theme", "article_keyword",
			"article_theme", "signal", "concern", "behavior", "technology", "issue");

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void importingTheCorpusAgainChangesNothing() {
		SamplePages.copyTo(folder);

		ImportSummary first = importFolder();
		Map<String, Long> countsAfterFirst = counts();
		ImportSummary second = importFolder();

		assertThat(first.count(ImportOutcome.IMPORTED)).isEqualTo(SamplePages.COUNT);
		assertThat(second.count(ImportOutcome.UNCHANGED)).isEqualTo(SamplePages.COUNT);
		assertThat(counts()).isEqualTo(countsAfterFirst);
		assertThat(countsAfterFirst).containsEntry("article", (long) SamplePages.COUNT)
			.containsEntry("related page ids", 36L);
		assertThat(countsAfterFirst.get("signal")).isGreaterThan(60);
	}

	@Test
	void aChangedPageIsUpdatedInPlaceAndItsOldRowsAreGone() throws IOException {
		SamplePages.copyTo(folder);
		importFolder();
		long articleId = articleId("27203920581");
		Path page = folder.resolve("27203920581.md");
		String text = Files.readString(page);
		String changed = text.replace("Emergence of Open-Source Chatbots", "Open chatbots everywhere")
			.replace("* Vicuna\n", "* Vicuna\n* brand new keyword\n");
		Files.writeString(page, changed.substring(0, changed.indexOf("## Concerns")));

		ImportSummary summary = importFolder();

		assertThat(outcomes(summary)).containsEntry("27203920581", ImportOutcome.UPDATED);
		assertThat(summary.count(ImportOutcome.UNCHANGED)).isEqualTo(SamplePages.COUNT - 1);
		assertThat(articleId("27203920581")).isEqualTo(articleId);
		assertThat(column("select name from signal where article_id = ? order by position", articleId))
			.startsWith("Open chatbots everywhere")
			.doesNotContain("Emergence of Open-Source Chatbots");
		assertThat(column("select name from concern where article_id = ?", articleId)).isEmpty();
		assertThat(column("select name from issue where article_id = ?", articleId)).isEmpty();
		assertThat(column("""
				select k.name from article_keyword ak join keyword k on k.id = ak.keyword_id
				where ak.article_id = ? order by ak.position""", articleId)).startsWith("Vicuna", "brand new keyword",
				"Meta");
	}

	@Test
	void aPageThatFailsMidWayLeavesNoTrace() throws IOException {
		jdbc.sql("""
				create function refuse_explosions() returns trigger language plpgsql as $$
				begin
				  if new.name = 'Explode' then raise exception 'refused by the test trigger'; end if;
				  return new;
				end $$""").update();
		jdbc.sql(
				"create trigger refuse_explosions before insert on signal for each row execute function refuse_explosions()")
			.update();
		try {
			Files.writeString(folder.resolve("exploding.md"), page("Calm", "a calm keyword"));
			importFolder();
			long articleId = articleId("exploding");
			Files.writeString(folder.resolve("exploding.md"), page("Explode", "a keyword never seen"));

			ImportSummary summary = importFolder();

			PageReport report = summary.pages().get(0);
			assertThat(report.outcome()).isEqualTo(ImportOutcome.FAILED);
			assertThat(report.problems())
				.anySatisfy(problem -> assertThat(problem.message()).contains("nothing of it was saved")
					.contains("refused by the test trigger"));
			assertThat(column("select name from signal where article_id = ?", articleId)).containsExactly("Calm");
			assertThat(column("select name from keyword")).containsExactly("a calm keyword");

			Files.delete(folder.resolve("exploding.md"));
			Files.writeString(folder.resolve("new-and-exploding.md"), page("Explode", "another new keyword"));
			assertThat(importFolder().count(ImportOutcome.FAILED)).isEqualTo(1);
			assertThat(column("select page_id from article")).containsExactly("exploding");
			assertThat(column("select name from keyword")).containsExactly("a calm keyword");
		}
		finally {
			jdbc.sql("drop trigger refuse_explosions on signal").update();
			jdbc.sql("drop function refuse_explosions()").update();
		}
	}

	@Test
	void concurrentImportsOfOnePageLeaveOneArticle() throws Exception {
		int threads = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<ImportSummary>> tasks = Stream.<Callable<ImportSummary>>generate(() -> () -> {
				start.await();
				byte[] bytes = page("Same signal", "shared keyword").getBytes(StandardCharsets.UTF_8);
				return imports.importSources(List.of(new PageSource("upload", "same-page.md", () -> bytes)), false,
						ImportListener.NONE);
			}).limit(threads).toList();
			List<Future<ImportSummary>> results = tasks.stream().map(pool::submit).toList();
			start.countDown();
			List<ImportOutcome> outcomes = results.stream()
				.map(ImportServiceTest::await)
				.map(summary -> summary.pages().get(0).outcome())
				.toList();

			assertThat(outcomes).containsOnlyOnce(ImportOutcome.IMPORTED)
				.doesNotContain(ImportOutcome.FAILED)
				.filteredOn(outcome -> outcome != ImportOutcome.IMPORTED)
				.containsOnly(ImportOutcome.UNCHANGED);
			assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(1);
			assertThat(DatabaseTables.count(jdbc, "keyword")).isEqualTo(1);
			assertThat(DatabaseTables.count(jdbc, "signal")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void zipArchivesAreReadEntryByEntryAndOnlyBaseNamesBecomePageIds() throws IOException {
		Path zip = folder.resolve("pages.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			add(out, "2023/week-1/first.md", page("One", "zipped"));
			add(out, "../../etc/passwd.md", page("Two", "zipped"));
			add(out, "notes.txt", "not a page");
			add(out, "__MACOSX/2023/._first.md", "resource fork");
		}

		ImportSummary summary = imports.importPaths(List.of(zip), false, ImportListener.NONE);

		assertThat(outcomes(summary)).containsEntry("first", ImportOutcome.IMPORTED)
			.containsEntry("passwd", ImportOutcome.IMPORTED)
			.hasSize(2);
		assertThat(summary.pages()).filteredOn(page -> page.outcome() == ImportOutcome.SKIPPED)
			.singleElement()
			.satisfies(skipped -> assertThat(skipped.location()).endsWith("pages.zip!notes.txt"));
		assertThat(column("select source_file from article where page_id = 'first'"))
			.containsExactly(zip + "!2023/week-1/first.md");
	}

	@Test
	void unsafePageIdsAndMissingPathsFailWithTheReasonAndTheRestIsImported() throws IOException {
		Files.writeString(folder.resolve("has space.md"), page("One", "k"));
		Files.writeString(folder.resolve("fine.md"), page("Two", "k"));

		ImportSummary summary = imports.importPaths(List.of(folder, folder.resolve("missing.md")), false,
				ImportListener.NONE);

		assertThat(summary.pages()).extracting(PageReport::outcome)
			.containsExactlyInAnyOrder(ImportOutcome.FAILED, ImportOutcome.IMPORTED, ImportOutcome.FAILED);
		assertThat(summary.pages()).flatExtracting(PageReport::problems)
			.extracting(Problem::message)
			.anySatisfy(message -> assertThat(message).contains("may only contain letters, digits"))
			.anySatisfy(message -> assertThat(message).isEqualTo("no such file or folder"));
		assertThat(column("select page_id from article")).containsExactly("fine");
	}

	@Test
	void aDryRunReportsWithoutWriting() {
		SamplePages.copyTo(folder);

		ImportSummary summary = imports.importPaths(List.of(folder), true, ImportListener.NONE);

		assertThat(summary.count(ImportOutcome.IMPORTED)).isEqualTo(SamplePages.COUNT);
		assertThat(DatabaseTables.count(jdbc, "article")).isZero();
	}

	private ImportSummary importFolder() {
		return imports.importPaths(List.of(folder), false, ImportListener.NONE);
	}

	private static ImportSummary await(Future<ImportSummary> result) {
		try {
			return result.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static String page(String signal, String keyword) {
		return """
				# __A test page__, (from page [20240101](https://example.org/p/20240101).)

				## Keywords

				* %s

				## Signals

				| name | description | relevancy |
				|:--|:--|--:|
				| %s | what it is | 4 |
				""".formatted(keyword, signal);
	}

	private static void add(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private Map<String, ImportOutcome> outcomes(ImportSummary summary) {
		return summary.pages()
			.stream()
			.filter(page -> page.pageId() != null)
			.collect(Collectors.toMap(PageReport::pageId, PageReport::outcome));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new HashMap<>(TABLES.stream()
			.collect(Collectors.toMap(Function.identity(), table -> DatabaseTables.count(jdbc, table))));
		counts.put("related page ids",
				jdbc.sql("select coalesce(sum(cardinality(related_page_ids)), 0) from article")
					.query(Long.class)
					.single());
		return counts;
	}

	private long articleId(String pageId) {
		return jdbc.sql("select id from article where page_id = ?").param(pageId).query(Long.class).single();
	}

	private List<String> column(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(String.class).list();
	}

}
