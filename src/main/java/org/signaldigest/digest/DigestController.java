package org.signaldigest.digest;

import org.signaldigest.web.SafeMarkdown;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The digests, newest first, and the articles of one digest. */
@Controller
class DigestController {

	private final DigestQueries queries;

	private final SafeMarkdown markdown;

	DigestController(DigestQueries queries, SafeMarkdown markdown) {
		this.markdown = markdown;
		this.queries = queries;
	}

	@GetMapping("/digests")
	String list(@PageableDefault(size = 50) Pageable pageable, Model model) {
		model.addAttribute("rows", queries.newestFirst(DigestQueries.SORTABLE.check(pageable)));
		return "digests/list";
	}

	/**
	 * Digest ids may hold dots and dashes ("4320.0", "20251231-a-yearly-review"): the
	 * whole segment is the id.
	 */
	@GetMapping("/digests/{digestId}")
	String show(@PathVariable String digestId, Model model) {
		DigestPage digest = queries.byId(digestId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No digest has the id \"" + digestId + "\""));
		model.addAttribute("digest", digest);
		model.addAttribute("digestLink", markdown.safeLink(digest.url()));
		return "digests/show";
	}

}
