package org.signaldigest.taxonomy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.signaldigest.chart.Frame;
import org.signaldigest.chart.MonthlyChart;
import org.signaldigest.chart.Sparkline;
import org.signaldigest.kind.TermKind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** Keywords and themes: every term with its article count, and one page per term. */
@Controller
class TermController {

	private static final List<String> LETTERS = "abcdefghijklmnopqrstuvwxyz".chars()
		.mapToObj(c -> String.valueOf((char) c))
		.toList();

	private final TermQueries queries;

	private final ActivityQueries activity;

	private final EmergingTerms emerging;

	private final MessageSource messages;

	TermController(TermQueries queries, ActivityQueries activity, EmergingTerms emerging, MessageSource messages) {
		this.queries = queries;
		this.activity = activity;
		this.emerging = emerging;
		this.messages = messages;
	}

	@GetMapping("/{kind:keywords|themes}")
	String list(@PathVariable String kind, @Valid @ModelAttribute("termFilter") TermPrefix prefix,
			@PageableDefault(size = 100) Pageable pageable, Model model) {
		TermKind termKind = kind(kind);
		Pageable checked = TermQueries.LIST_COLUMNS.check(pageable);
		String what = message("nav." + kind);
		model.addAttribute("kind", termKind);
		model.addAttribute("heading", prefix.isEmpty() ? what : message("terms.startingWith", what, prefix.prefix()));
		model.addAttribute("letters", LETTERS);
		Page<TermCount> terms = queries.list(termKind, prefix, checked);
		model.addAttribute("terms", terms);
		model.addAttribute("sparklines", sparklines(termKind, terms.getContent()));
		model.addAttribute("emerging", emerging.slugs(termKind));
		return "taxonomy/list";
	}

	@GetMapping("/{kind:keywords|themes}/{slug}")
	String term(@PathVariable String kind, @PathVariable String slug, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		TermKind termKind = kind(kind);
		Pageable checked = TermQueries.ARTICLE_COLUMNS.check(pageable);
		Term term = queries.find(termKind, slug)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, message("term.notFound." + kind, slug)));
		model.addAttribute("kind", termKind);
		model.addAttribute("term", term);
		model.addAttribute("heading", message("term.heading." + kind, term.name()));
		model.addAttribute("articles", queries.articles(termKind, term, checked));
		model.addAttribute("signals", queries.topSignals(termKind, term));
		model.addAttribute("related", queries.coOccurring(termKind, term));
		model.addAttribute("relatedWithin",
				term.articles() > TermQueries.CO_OCCURRING_ARTICLES ? TermQueries.CO_OCCURRING_ARTICLES : null);
		model.addAttribute("feedPath",
				"/" + kind + "/" + UriUtils.encodePathSegment(term.slug(), StandardCharsets.UTF_8) + ".atom");
		model.addAttribute("articlesPerMonth",
				activity.range()
					.map(range -> MonthlyChart.of(activity.articles(range, termKind, term.id()), Frame.WIDE,
							LocaleContextHolder.getLocale()))
					.orElse(null));
		return "taxonomy/term";
	}

	/**
	 * @return each listed term's articles per month, by slug, read in one query for them
	 * all
	 */
	private Map<String, Sparkline> sparklines(TermKind kind, List<TermCount> terms) {
		if (terms.isEmpty()) {
			return Map.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return activity.range()
			.map(range -> activity.articles(range, kind, terms.stream().map(TermCount::slug).toList())
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> Sparkline.of(entry.getValue(), locale))))
			.orElse(Map.of());
	}

	private static TermKind kind(String path) {
		return TermKind.fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
