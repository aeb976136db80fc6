package org.signaldigest.finding;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.Columns;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.ViewTitles;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The five tables across all articles: filtered, sorted, paged, with facets. */
@Controller
class FindingController {

	private final FilterTerms terms;

	private final FindingQueries queries;

	private final FacetQueries facets;

	private final MessageSource messages;

	FindingController(FindingQueries queries, FacetQueries facets, MessageSource messages, FilterTerms terms) {
		this.terms = terms;
		this.queries = queries;
		this.facets = facets;
		this.messages = messages;
	}

	@GetMapping("/{kind:" + FindingKind.PATHS + "}")
	String table(@PathVariable String kind, @Valid @ModelAttribute("filter") Filter filter,
			@PageableDefault(size = 50) Pageable pageable,
			@RequestParam(name = Columns.PARAMETER, required = false) List<String> hide,
			@RequestParam(defaultValue = "" + FacetCounter.FACET_SIZE) int facetSize, Model model) {
		ResolvedFilter resolved = terms.resolve(filter);
		FindingKind findingKind = FindingColumns.kind(kind);
		Pageable checked = FindingColumns.of(findingKind).check(pageable);
		Locale locale = LocaleContextHolder.getLocale();
		String what = messages.getMessage("kind." + kind, null, locale);
		model.addAttribute("kind", findingKind);
		model.addAttribute("columns", Columns.of(hide, FindingColumns.hideable(findingKind)));
		model.addAttribute("heading", ViewTitles.describe(what, resolved, messages));
		model.addAttribute("resolvedFilter", resolved);
		model.addAttribute("defaultSort", FindingColumns.DEFAULT_SORT);
		CountedPage<FindingRow> rows = queries.find(findingKind, resolved, checked);
		model.addAttribute("rows", rows);
		model.addAttribute("totalExact", rows.isTotalExact());
		Facets counted = facets.facets(findingKind, resolved, facetSize);
		model.addAttribute("facets", counted);
		model.addAttribute("relevancyChart",
				RelevancyChart.of(counted.relevancy(), messages.getMessage("relevancy.none", null, locale), locale));
		model.addAttribute("feedPath", "/" + kind + ".atom");
		return "findings/table";
	}

}
