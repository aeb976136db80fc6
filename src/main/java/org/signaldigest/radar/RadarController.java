package org.signaldigest.radar;

import jakarta.validation.Valid;

import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.ViewTitles;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signal radar of a filter, drawn as the view asks, with its numbered list.
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
	String radar(@Valid @ModelAttribute("filter") Filter filter, @Valid @ModelAttribute("view") RadarView view,
			Model model) {
		ResolvedFilter resolved = terms.resolve(filter);
		Radar radar = RadarLayout.of(queries.radar(resolved, view), view);
		String what = messages.getMessage("radar.heading", null, LocaleContextHolder.getLocale());
		model.addAttribute("heading", ViewTitles.describe(what, resolved, messages));
		model.addAttribute("resolvedFilter", resolved);
		model.addAttribute("radar", radar);
		return "radar/page";
	}

}
