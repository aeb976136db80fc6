package org.signaldigest.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTables;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Broken and hostile uploads: each gets a clear outcome, nothing is half-written, never a
 * 5xx.
 */
@UploadAppTest
class HostileUploadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportRuns runs;

	@Test
	void anEmptyFileFails() throws Exception {
		DocumentContext json = upload(422, file("empty.md", new byte[0]));
		assertThat(error(json, 0)).contains("empty");
		assertNothingWritten();
	}

	@Test
	void aBinaryFileFails() throws Exception {
		DocumentContext json = upload(422, file("binary.md", new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 }));
		assertThat(error(json, 0)).contains("binary");
		assertNothingWritten();
	}

	@Test
	void aFileThatIsNotUtf8FailsSayingSo() throws Exception {
		byte[] latin1 = new String(TestPages.page("Café"), StandardCharsets.UTF_8)
			.getBytes(StandardCharsets.ISO_8859_1);
		DocumentContext json = upload(422, file("latin1.md", latin1));
		assertThat(error(json, 0)).contains("not valid UTF-8").startsWith("line 1");
		assertNothingWritten();
	}

	@Test
	void aBomAndCrlfLineEndsAreImportedAsTheSamePage() throws Exception {
		byte[] page = TestPages.page("Windows");
		byte[] bom = new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] crlf = new String(page, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] both = concat(bom, crlf);

		DocumentContext json = upload(200, file("bom.md", concat(bom, page)), file("crlf.md", crlf),
				file("both.md", both));

		assertThat(json.<List<String>>read("$.pages[*].outcome")).containsOnly("imported");
		assertThat(jdbc.sql("select distinct title from article").query(String.class).list())
			.containsExactly("Windows");
		assertThat(jdbc.sql("select distinct summary from article").query(String.class).list())
			.containsExactly("A page about Windows.");
	}

	@Test
	void filesInAZipThatAreNotPagesAreSkippedWithAWarning() throws Exception {
		byte[] zip = TestPages.zip(TestPages.entries("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "paper.pdf",
				"%PDF-1.4".getBytes(StandardCharsets.UTF_8), "page.md", TestPages.page("Zipped")));

		DocumentContext json = upload(200, file("pages.zip", zip));

		assertThat(json.read("$.skipped", Integer.class)).isEqualTo(2);
		assertThat(json.read("$.imported", Integer.class)).isEqualTo(1);
		assertThat(json.<List<String>>read("$.pages[?(@.outcome == 'skipped')].file"))
			.containsExactlyInAnyOrder("pages.zip!notes.txt", "pages.zip!paper.pdf");
		assertThat(json.<List<String>>read("$.pages[?(@.outcome == 'skipped')].warnings[0]"))
			.allSatisfy(warning -> assertThat(warning).contains("not a .md page"));
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(1);
	}

	@Test
	void aZipWithNestedFoldersImportsEachPageByItsBaseName() throws Exception {
		byte[] zip = TestPages.zip(TestPages.entries("2023/04/one.md", TestPages.page("One"), "2024/deep/er/two.md",
				TestPages.page("Two")));

		DocumentContext json = upload(200, file("nested.zip", zip));

		assertThat(json.<List<String>>read("$.pages[*].pageId")).containsExactly("one", "two");
		assertThat(json.<List<String>>read("$.pages[*].file")).containsExactly("nested.zip!2023/04/one.md",
				"nested.zip!2024/deep/er/two.md");
		assertThat(jdbc.sql("select page_id from article order by page_id").query(String.class).list())
			.containsExactly("one", "two");
	}

	@Test
	void aZipWithTooManyEntriesIsRefusedWhole() throws Exception {
		Object[] entries = new Object[2 * 21];
		for (int i = 0; i < 21; i++) {
			entries[2 * i] = "page-" + i + ".md";
			entries[2 * i + 1] = TestPages.page("Page " + i);
		}
		DocumentContext json = upload(422, file("many.zip", TestPages.zip(TestPages.entries(entries))));

		assertThat(json.<List<String>>read("$.pages[*].outcome")).containsExactly("failed");
		assertThat(error(json, 0)).contains("21 entries; at most 20");
		assertNothingWritten();
	}

	@Test
	void aZipBombIsRefusedWholeCountingTheBytesActuallyInflated() throws Exception {
		byte[] bomb = new byte[2 * 1024 * 1024];
		Arrays.fill(bomb, (byte) 'a');
		byte[] zip = TestPages.zip(TestPages.entries("good.md", TestPages.page("Good"), "bomb.md", bomb));
		assertThat(zip.length).isLessThan(64 * 1024);
		lieAboutSizes(zip);

		DocumentContext json = upload(422, file("bomb.zip", zip));

		assertThat(json.<List<String>>read("$.pages[*].outcome")).containsExactly("failed");
		assertThat(error(json, 0)).contains("none of its pages was imported");
		assertNothingWritten();
	}

	@Test
	void aZipEntryThatClimbsOutOfItsFolderIsImportedByItsBaseNameOnly() throws Exception {
		byte[] zip = TestPages.zip(TestPages.entries("../../etc/passwd.md", TestPages.page("Passwd")));

		DocumentContext json = upload(200, file("evil.zip", zip));

		assertThat(json.read("$.pages[0].pageId", String.class)).isEqualTo("passwd");
		assertThat(json.read("$.pages[0].file", String.class)).isEqualTo("evil.zip!../../etc/passwd.md");
		assertThat(jdbc.sql("select page_id from article").query(String.class).list()).containsExactly("passwd");
	}

	@Test
	void aFileOverTheSizeLimitFailsAloneWithAFriendlyMessage() throws Exception {
		byte[] big = concat(TestPages.page("Big"), "x".repeat(70 * 1024).getBytes(StandardCharsets.UTF_8));

		DocumentContext json = upload(422, file("big.md", big), file("small.md", TestPages.page("Small")));

		assertThat(json.read("$.pages[0].outcome", String.class)).isEqualTo("failed");
		assertThat(error(json, 0)).isEqualTo("the page is larger than 64 KB, the most a page may have");
		assertThat(json.read("$.pages[1].outcome", String.class)).isEqualTo("imported");
		assertThat(jdbc.sql("select page_id from article").query(String.class).list()).containsExactly("small");
	}

	@Test
	void hostileMarkupIsStoredAsTextAndShownEscapedInTheReport() throws Exception {
		String markdown = """
				# __Evil <script>alert('title')</script>__, (from page [20240101](https://example.org/p/20240101).)

				__[External link](javascript:alert('external'))__

				## Summary

				<iframe src="https://evil.example"></iframe> <img src=x onerror="alert('img')">
				[click](javascript:alert('link')) [data](data:text/html;base64,PHNjcmlwdD4=)
				""";

		DocumentContext json = upload(422,
				file("<img src=x onerror=alert(1)>.md", "x".getBytes(StandardCharsets.UTF_8)),
				file("evil.md", markdown.getBytes(StandardCharsets.UTF_8)));

		assertThat(json.read("$.pages[0].outcome", String.class)).isEqualTo("failed");
		assertThat(json.read("$.pages[1].outcome", String.class)).isEqualTo("imported");
		String summary = jdbc.sql("select summary from article where page_id = 'evil'").query(String.class).single();
		assertThat(summary).contains("<iframe src=\"https://evil.example\"></iframe>", "onerror=\"alert('img')\"",
				"javascript:alert('link')");
		String report = mvc.perform(get("/import/runs/" + json.read("$.run", Long.class)).with(UploadFormTest.IMPORTER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).contains("&lt;img src=x onerror=alert(1)&gt;.md").doesNotContain("<img src=x");
	}

	@Test
	void pastedPagesWithUnsafeIdsAreRejectedWithTheReason() throws Exception {
		String page = new String(TestPages.page("Pasted"), StandardCharsets.UTF_8);
		for (String id : List.of("has spaces", "a/b", "../etc", "x".repeat(500))) {
			String location = mvc
				.perform(multipart("/import").param("markdown", page)
					.param("pageId", id)
					.with(UploadFormTest.IMPORTER)
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			UploadFormTest.awaitFinished(runs, runId);
			RunPage reported = runs.pages(runId).get(0);
			assertThat(reported.outcome().label()).as(id).isEqualTo("failed");
			assertThat(reported.errors().get(0)).as(id)
				.containsAnyOf("may only contain letters, digits", "characters long; at most 200");
		}
		assertNothingWritten();
	}

	private void assertNothingWritten() {
		for (String table : List.of("article", "keyword", "theme", "signal")) {
			assertThat(DatabaseTables.count(jdbc, table)).as(table).isZero();
		}
	}

	private DocumentContext upload(int status, MockMultipartFile... files) throws Exception {
		var request = multipart("/api/import");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		var response = mvc.perform(request.with(httpBasic(UploadAppTest.USER, UploadAppTest.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return JsonPath.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String error(DocumentContext json, int page) {
		return json.read("$.pages[" + page + "].errors[0]", String.class);
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/**
	 * Rewrites every uncompressed size the zip declares (local and central headers) to 10
	 * bytes.
	 */
	private static void lieAboutSizes(byte[] zip) {
		for (int i = 0; i + 30 < zip.length; i++) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
				writeInt(zip, i + 24, 10);
			}
		}
	}

	private static void writeInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) value;
		bytes[at + 1] = (byte) (value >> 8);
		bytes[at + 2] = (byte) (value >> 16);
		bytes[at + 3] = (byte) (value >> 24);
	}

}
