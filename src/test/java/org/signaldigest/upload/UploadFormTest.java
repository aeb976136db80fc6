package org.signaldigest.upload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTables;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import form on the real database: upload, background run, report, history. */
@UploadAppTest
class UploadFormTest {

	static final RequestPostProcessor IMPORTER = user(UploadAppTest.USER).roles(SecurityConfiguration.IMPORTER);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportRuns runs;

	@Test
	void theFormHasTheFileFieldThePasteAreaTheDryRunBoxAndACsrfToken() throws Exception {
		mvc.perform(get("/import").with(IMPORTER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"files\" type=\"file\" multiple")))
			.andExpect(content().string(containsString("name=\"markdown\"")))
			.andExpect(content().string(containsString("name=\"pageId\"")))
			.andExpect(content().string(containsString("name=\"dryRun\" type=\"checkbox\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("Log out (importer)")));
	}

	@Test
	void anImporterUploadsFilesAndAPastedPageAndReadsTheReport() throws Exception {
		long runId = upload(
				multipart("/import").file(file(TestPages.VICUNA + ".md", TestPages.sample(TestPages.VICUNA)))
					.file(file("broken.md", "no title, no section".getBytes(StandardCharsets.UTF_8)))
					.param("markdown", new String(TestPages.page("Pasted"), StandardCharsets.UTF_8))
					.param("pageId", "pasted-page"));

		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(2);
		mvc.perform(get("/import/runs/" + runId).with(IMPORTER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))))
			.andExpect(content().string(containsString("<h1>Import " + runId + "</h1>")))
			.andExpect(content().string(containsString("href=\"/articles/" + TestPages.VICUNA + "\"")))
			.andExpect(content().string(containsString("href=\"/articles/pasted-page\"")))
			.andExpect(content().string(containsString("pasted text")))
			.andExpect(content().string(containsString("<span>broken</span>")))
			.andExpect(content().string(containsString("data-outcome=\"failed\"")))
			.andExpect(content().string(containsString("Started ")))
			.andExpect(content().string(containsString("3 files")));
		ImportRun run = runs.find(runId).orElseThrow();
		assertThat(run.imported()).isEqualTo(2);
		assertThat(run.failed()).isEqualTo(1);
		assertThat(run.username()).isEqualTo(UploadAppTest.USER);
		assertThat(run.status()).isEqualTo("finished");
	}

	@Test
	void aDryRunReportsWhatWouldHappenAndWritesNothing() throws Exception {
		long runId = upload(multipart("/import").file(file("page.md", TestPages.page("Dry"))).param("dryRun", "true"));

		assertThat(DatabaseTables.count(jdbc, "article")).isZero();
		mvc.perform(get("/import/runs/" + runId).with(IMPORTER))
			.andExpect(content().string(containsString("<h1>Dry run " + runId + "</h1>")))
			.andExpect(content().string(containsString(">would import</span>")))
			.andExpect(content().string(not(containsString("href=\"/articles/page\""))));
	}

	@Test
	void aDryRunsFilesAreImportedForRealFromItsReportOnce() throws Exception {
		long dryRun = upload(
				multipart("/import").file(file("kept.md", TestPages.page("Kept"))).param("dryRun", "true"));
		mvc.perform(get("/import/runs/" + dryRun).with(IMPORTER))
			.andExpect(content().string(containsString("action=\"/import/runs/" + dryRun + "/import\"")))
			.andExpect(content().string(containsString("The file of this dry run is kept until ")))
			.andExpect(content().string(containsString(">Import these files for real</button>")));
		mvc.perform(post("/import/runs/" + dryRun + "/import").with(IMPORTER)).andExpect(status().isForbidden());

		long real = followed(mvc.perform(post("/import/runs/" + dryRun + "/import").with(IMPORTER).with(csrf())));

		assertThat(real).isNotEqualTo(dryRun);
		ImportRun run = awaitFinished(runs, real);
		assertThat(List.of(run.dryRun(), run.imported(), run.fileCount(), run.via())).containsExactly(false, 1, 1,
				"form");
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(1);
		mvc.perform(get("/import/runs/" + dryRun).with(IMPORTER))
			.andExpect(content().string(not(containsString("Import these files for real"))));
		mvc.perform(post("/import/runs/" + dryRun + "/import").with(IMPORTER).with(csrf()))
			.andExpect(redirectedUrl("/import/runs/" + dryRun))
			.andExpect(flash().attribute("problem",
					"The files of this dry run are no longer kept: choose them again on the import page."));
		mvc.perform(get("/import/runs/" + real).with(IMPORTER))
			.andExpect(content().string(not(containsString("Import these files for real"))));
		mvc.perform(post("/import/runs/999999/import").with(IMPORTER).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void theHistoryListsEveryRunNewestFirstPaged() throws Exception {
		long first = runs.start("alice", "form", false, 2);
		runs.finish(first);
		long second = runs.start("bob", "api", true, 5);
		runs.finish(second);

		String page = mvc.perform(get("/import/history").with(IMPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/import/runs/" + first + "\"", "href=\"/import/runs/" + second + "\"",
				"dry run · api");
		assertThat(page.indexOf("/import/runs/" + second)).isLessThan(page.indexOf("/import/runs/" + first));
		mvc.perform(get("/import/history?size=1&page=1").with(IMPORTER))
			.andExpect(content().string(containsString("href=\"/import/runs/" + first + "\"")))
			.andExpect(content().string(not(containsString("href=\"/import/runs/" + second + "\""))))
			.andExpect(content().string(containsString("Page 2 of 2")));
	}

	@Test
	void nothingChosenRedisplaysTheFormSayingSo() throws Exception {
		mvc.perform(
				multipart("/import").file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
					.with(IMPORTER)
					.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose one or more files, or paste a page.")));
		mvc.perform(multipart("/import").param("markdown", "# a page").with(IMPORTER).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the pasted page an id.")));
		assertThat(DatabaseTables.count(jdbc, "import_run")).isZero();
	}

	@Test
	void anUploadWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(multipart("/import").file(file("page.md", TestPages.page("No token"))).with(IMPORTER))
			.andExpect(status().isForbidden());
		assertThat(DatabaseTables.count(jdbc, "import_run")).isZero();
		assertThat(DatabaseTables.count(jdbc, "article")).isZero();
	}

	@Test
	void anUnknownRunIsA404Page() throws Exception {
		mvc.perform(get("/import/runs/999999").with(IMPORTER))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No import run has the id 999999")));
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

	/**
	 * Posts the form as the importer, follows the redirect to the run and waits for the
	 * run to finish.
	 */
	long upload(MockMultipartHttpServletRequestBuilder request) throws Exception {
		long runId = followed(mvc.perform(request.with(IMPORTER).with(csrf())));
		awaitFinished(runs, runId);
		return runId;
	}

	/** The run a request was sent to. */
	private static long followed(ResultActions result) throws Exception {
		String location = result.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/import/runs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static ImportRun awaitFinished(ImportRuns runs, long runId) {
		return Awaitility.await("import run " + runId + " finished")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> runs.find(runId).orElseThrow(), run -> !run.running());
	}

}
