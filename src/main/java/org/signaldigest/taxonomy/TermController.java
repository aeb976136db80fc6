package org.signaldigest.taxonomy;

import java.util.List;

import jakarta.validation.Valid;

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
import org.springframework.web.server.ResponseStatusException;

/** Keywords and themes: every term with its article count, and one page per term. */
@Controller
class TermController {

	private static final List<String> LETTERS = "abcdefghijklmnopqrstuvwxyz".chars()
		.mapToObj(c -> String.valueOf((char) c))
		.toList();

	private final TermQueries queries;

	private final EmergingTerms emerging;

	private final MessageSource messages;

	TermController(TermQueries queries, EmergingTerms emerging, MessageSource messages) {
		this.queries = queries;
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
		model.addAttribute("terms", queries.list(termKind, prefix, checked));
		model.addAttribute("emerging", emerging.slugs(termKind));
		return "taxonomy/list";
	}

	@GetMapping("/{kind:keywords|themes}/{slug}")
	String term(@PathVariable String kind, @PathVariable String slug, @PageableDefault(size = 50) Pageable pageable,
			Model model) {
		TermKind termKind = kind(kind);
		Pageable checked = TermQueries.ARTICLE_COLUMNS.check(pageable);
		Term term = queries.find(termKind, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					message("term.notFound." + kind, slug)));
		model.addAttribute("kind", termKind);
		model.addAttribute("term", term);
		model.addAttribute("heading", message("term.heading." + kind, term.name()));
		model.addAttribute("articles", queries.articles(termKind, term, checked));
		model.addAttribute("signals", queries.topSignals(termKind, term));
		model.addAttribute("related", queries.coOccurring(termKind, term));
		return "taxonomy/term";
	}

	private static TermKind kind(String path) {
		return TermKind.fromPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
