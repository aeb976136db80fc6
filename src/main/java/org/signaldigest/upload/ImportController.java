package org.signaldigest.upload;

import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.signaldigest.listing.SortableColumns;
import org.signaldigest.web.ErrorResponses;
import org.signaldigest.web.SecurityConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: the upload form, the report of a run (which refreshes itself, showing
 * only its latest rows, while the run goes on) and the history of runs. Only importers
 * get here (see the security configuration).
 */
@Controller
class ImportController {

	private static final SortableColumns NOT_SORTABLE = SortableColumns.of();

	/**
	 * How many of its latest rows the report of a running import shows: it reloads itself
	 * every few seconds.
	 */
	static final int ROWS_WHILE_RUNNING = 50;

	private final ImportRunner runner;

	private final ImportRuns runs;

	private final UploadProperties properties;

	private final MessageSource messages;

	private final UploadErrorAdvice errors;

	private final KeptUploads kept;

	ImportController(ImportRunner runner, ImportRuns runs, UploadProperties properties, MessageSource messages,
			UploadErrorAdvice errors, KeptUploads kept) {
		this.runner = runner;
		this.kept = kept;
		this.runs = runs;
		this.properties = properties;
		this.messages = messages;
		this.errors = errors;
	}

	/**
	 * Where the security filters send the importer's browser when the server refused the
	 * upload (too large, too many parts) before reading it.
	 */
	@GetMapping(SecurityConfiguration.REFUSED_UPLOAD_PAGE)
	ModelAndView refused() {
		return ErrorResponses.page(HttpStatus.CONTENT_TOO_LARGE, errors.tooLargeMessage());
	}

	@GetMapping("/import")
	String form(Model model) {
		return form(model, ImportForm.empty(), null);
	}

	@PostMapping("/import")
	String upload(@ModelAttribute ImportForm form, Principal user, Model model, HttpServletResponse response)
			throws IOException {
		String problem = null;
		if (!form.hasFiles() && !form.hasPastedPage()) {
			problem = "import.nothing";
		}
		else if (form.hasPastedPage() && Upload.pageId(form.pageId()).isEmpty()) {
			problem = "import.noPageId";
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, problem);
		}
		Upload upload = Upload.store(form.files(), form.hasPastedPage() ? form.markdown() : null, form.pageId(),
				properties.tempDirectory());
		long runId = runner.startInBackground(upload, user.getName(), form.dryRun());
		return "redirect:/import/runs/" + runId;
	}

	@GetMapping("/import/runs/{id}")
	String report(@PathVariable long id, Model model) {
		ImportRun run = find(id);
		model.addAttribute("heading", message(run.dryRun() ? "import.report.dryHeading" : "import.report.heading", id));
		model.addAttribute("run", run);
		model.addAttribute("keptUntil",
				kept.keptUntil(id).map(until -> until.atZone(ZoneId.systemDefault())).orElse(null));
		List<RunPage> pages = run.running() ? runs.lastPages(id, ROWS_WHILE_RUNNING) : runs.pages(id);
		model.addAttribute("pages", pages);
		model.addAttribute("pageCount", run.running() ? runs.pageCount(id) : pages.size());
		return "upload/report";
	}

	/**
	 * Imports for real the files of a dry run, kept since ({@link KeptUploads}): once.
	 * When they are no longer kept, the report says so.
	 */
	@PostMapping("/import/runs/{id}/import")
	String importForReal(@PathVariable long id, Principal user, RedirectAttributes redirect) {
		find(id);
		Optional<Upload> upload = kept.take(id);
		if (upload.isEmpty()) {
			redirect.addFlashAttribute("problem", message("import.notKept"));
			return "redirect:/import/runs/" + id;
		}
		return "redirect:/import/runs/" + runner.startInBackground(upload.get(), user.getName(), false);
	}

	private ImportRun find(long id) {
		return runs.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import run has the id " + id));
	}

	@GetMapping("/import/history")
	String history(@PageableDefault(size = 20) Pageable pageable, Model model) {
		model.addAttribute("heading", message("import.history.heading"));
		model.addAttribute("runs", runs.history(NOT_SORTABLE.check(pageable)));
		return "upload/history";
	}

	private String form(Model model, ImportForm form, String problem) {
		model.addAttribute("heading", message("import.heading"));
		model.addAttribute("form", form);
		model.addAttribute("problem", problem == null ? null : message(problem));
		model.addAttribute("limits", properties);
		return "upload/form";
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
