package org.signaldigest.radar;

import java.util.List;

import jakarta.validation.Valid;

import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.ViewTitles;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signal radar of a filter, with the same signals as a table (paged; its order is
 * fixed, so no sort).
 */
@Controller
class RadarController {

	private final FilterTerms terms;

	private final RadarQueries queries;

	private final MessageSource messages;

	RadarController(RadarQueries queries, MessageSource messages, FilterTerms terms) {
		this.terms = terms;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/radar")
	String radar(@Valid @ModelAttribute("filter") Filter filter, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		ResolvedFilter resolved = terms.resolve(filter);
		Radar radar = RadarLayout.of(queries.radar(resolved));
		List<Radar.Entry> entries = radar.entries();
		int from = (int) Math.min(pageable.getOffset(), entries.size());
		int to = (int) Math.min(pageable.getOffset() + pageable.getPageSize(), entries.size());
		String what = messages.getMessage("radar.heading", null, LocaleContextHolder.getLocale());
		model.addAttribute("heading", ViewTitles.describe(what, resolved, messages));
		model.addAttribute("resolvedFilter", resolved);
		model.addAttribute("radar", radar);
		model.addAttribute("rows", new PageImpl<>(entries.subList(from, to), pageable, entries.size()));
		return "radar/page";
	}

}
