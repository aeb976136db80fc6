package org.signaldigest.upload;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.PageReport;
import org.signaldigest.parser.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report of one run: while it goes on, its progress and only its latest rows; once it
 * ends, every row.
 */
@UploadAppTest
class ImportReportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportRuns runs;

	@Test
	void aRunningImportShowsItsProgressAndRefreshesItself() throws Exception {
		long runId = runs.start("someone", "form", false, 3);
		runs.pagesDone(runId, 1, 3,
				List.of(new PageReport("a.md", "a", ImportOutcome.FAILED, List.of(Problem.error("x")))));

		mvc.perform(get("/import/runs/" + runId).with(UploadFormTest.IMPORTER))
			.andExpect(content().string(containsString("<meta http-equiv=\"refresh\" content=\"3\">")))
			.andExpect(content().string(containsString("1 of 3 done")))
			.andExpect(content().string(not(containsString("Showing the last"))));
		runs.finish(runId);
		mvc.perform(get("/import/runs/" + runId).with(UploadFormTest.IMPORTER))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
	}

	@Test
	void aRunningImportShowsOnlyItsLast50RowsAndAFinishedOneShowsThemAll() throws Exception {
		long runId = runs.start("someone", "form", false, 1);
		for (int position = 1; position <= 60; position++) {
			runs.pagesDone(runId, position, 100,
					List.of(new PageReport("p" + position + ".md", "p" + position, ImportOutcome.IMPORTED, List.of())));
		}

		String running = report(runId);
		assertThat(rows(running)).isEqualTo(ImportController.ROWS_WHILE_RUNNING);
		assertThat(running).contains("Showing the last 50 of 60 pages", "60 of 100 done", ">p11.md<", ">p60.md<")
			.doesNotContain(">p10.md<", ">p1.md<");
		assertThat(running.indexOf(">p11.md<")).isLessThan(running.indexOf(">p60.md<"));

		runs.finish(runId);
		String finished = report(runId);
		assertThat(rows(finished)).isEqualTo(60);
		assertThat(finished).contains(">p1.md<", ">p10.md<", ">p60.md<").doesNotContain("Showing the last");
		assertThat(finished.indexOf(">p1.md<")).isLessThan(finished.indexOf(">p60.md<"));
	}

	private String report(long runId) throws Exception {
		return mvc.perform(get("/import/runs/" + runId).with(UploadFormTest.IMPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int rows(String page) {
		return StringUtils.countOccurrencesOf(page, "data-outcome=");
	}

}
