package org.signaldigest.finding;

import jakarta.validation.Valid;

import org.signaldigest.listing.PageJson;
import org.signaldigest.listing.Filter;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.signaldigest.kind.FindingKind;

/** The five tables as JSON: the same view as the HTML table, with the same parameters. */
@RestController
class FindingApiController {

	private final FindingQueries queries;

	FindingApiController(FindingQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/{kind:" + FindingKind.PATHS + "}")
	PageJson<FindingRow> list(@PathVariable String kind, @Valid @ModelAttribute Filter filter,
			@PageableDefault(size = 50) Pageable pageable) {
		FindingKind findingKind = FindingColumns.kind(kind);
		return PageJson.of(queries.find(findingKind, filter, FindingColumns.of(findingKind).check(pageable)));
	}

}
