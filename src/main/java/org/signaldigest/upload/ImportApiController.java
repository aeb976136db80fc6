package org.signaldigest.upload;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportSummary;
import org.signaldigest.importing.PageReport;
import org.signaldigest.listing.BadParameterException;
import org.signaldigest.parser.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import} for scripts: the same files as the form (field {@code files},
 * repeatable), imported at once and recorded in the history. 200 when no page failed, 422
 * when one did.
 */
@RestController
class ImportApiController {

	private final ImportRunner runner;

	private final UploadProperties properties;

	ImportApiController(ImportRunner runner, UploadProperties properties) {
		this.runner = runner;
		this.properties = properties;
	}

	record PageJson(String file, String pageId, String outcome, List<String> warnings, List<String> errors) {

		static PageJson of(PageReport report) {
			return new PageJson(report.location(), report.pageId(), report.outcome().label(), describe(report, false),
					describe(report, true));
		}

		private static List<String> describe(PageReport report, boolean errors) {
			return report.problems()
				.stream()
				.filter(problem -> problem.isError() == errors)
				.map(Problem::describe)
				.toList();
		}

	}

	record ImportJson(long run, boolean dryRun, long imported, long updated, long unchanged, long failed, long skipped,
			List<PageJson> pages) {
	}

	@PostMapping("/api/import")
	ResponseEntity<ImportJson> importFiles(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean dryRun, Principal user) throws IOException {
		ImportForm form = new ImportForm(files, null, null, dryRun);
		if (!form.hasFiles()) {
			throw new BadParameterException(
					"files: send one or more .md pages or .zip archives in the field \"files\"");
		}
		Upload upload = Upload.store(form.files(), null, null, properties.tempDirectory());
		ImportRunner.Finished finished = runner.runNow(upload, user.getName(), "api", dryRun);
		ImportSummary summary = finished.summary();
		ImportJson json = new ImportJson(finished.runId(), dryRun, summary.count(ImportOutcome.IMPORTED),
				summary.count(ImportOutcome.UPDATED), summary.count(ImportOutcome.UNCHANGED),
				summary.count(ImportOutcome.FAILED), summary.count(ImportOutcome.SKIPPED),
				summary.pages().stream().map(PageJson::of).toList());
		return ResponseEntity.status(summary.anyFailed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(json);
	}

}
