package org.signaldigest.finding;

import jakarta.validation.Valid;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.PageJson;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The five tables as JSON: the same view as the HTML table, with the same parameters. */
@RestController
class FindingApiController {

	private final FilterTerms terms;

	private final FindingQueries queries;

	FindingApiController(FindingQueries queries, FilterTerms terms) {
		this.terms = terms;
		this.queries = queries;
	}

	@GetMapping("/api/{kind:" + FindingKind.PATHS + "}")
	PageJson<FindingRow> list(@PathVariable String kind, @Valid @ModelAttribute Filter filter,
			@PageableDefault(size = 50) Pageable pageable) {
		ResolvedFilter resolved = terms.resolve(filter);
		FindingKind findingKind = FindingColumns.kind(kind);
		return PageJson.of(queries.find(findingKind, resolved, FindingColumns.of(findingKind).check(pageable)));
	}

}
