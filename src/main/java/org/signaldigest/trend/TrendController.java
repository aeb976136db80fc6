package org.signaldigest.trend;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.signaldigest.chart.Sparkline;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.ViewTitles;
import org.signaldigest.taxonomy.EmergingTerms;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Signals that recur across digests, and the keywords and themes that grow. */
@Controller
class TrendController {

	static final int EMERGING = 10;

	private final FilterTerms terms;

	private final TrendQueries trends;

	private final EmergingTerms emerging;

	private final MessageSource messages;

	TrendController(TrendQueries trends, EmergingTerms emerging, MessageSource messages, FilterTerms terms) {
		this.terms = terms;
		this.trends = trends;
		this.emerging = emerging;
		this.messages = messages;
	}

	@GetMapping("/trends")
	String trends(@Valid @ModelAttribute("filter") Filter filter, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		ResolvedFilter resolved = terms.resolve(filter);
		Pageable checked = TrendQueries.COLUMNS.check(pageable);
		String what = messages.getMessage("trends.heading", null, LocaleContextHolder.getLocale());
		model.addAttribute("heading", ViewTitles.describe(what, resolved, messages));
		model.addAttribute("resolvedFilter", resolved);
		model.addAttribute("defaultSort", TrendQueries.DEFAULT_SORT);
		Page<TrendRow> rows = trends.recurring(resolved, checked);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("rows", rows);
		model.addAttribute("sparklines",
				rows.getContent()
					.stream()
					.collect(Collectors.toMap(TrendRow::id, row -> Sparkline.of(row.months(), locale))));
		model.addAttribute("emergingThemes", emerging.top(TermKind.THEMES, resolved, EMERGING));
		model.addAttribute("emergingKeywords", emerging.top(TermKind.KEYWORDS, resolved, EMERGING));
		return "trends/list";
	}

}
