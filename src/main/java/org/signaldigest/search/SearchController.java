package org.signaldigest.search;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Full-text search across articles and the five tables, grouped by kind. */
@Controller
class SearchController {

	private final SearchQueries queries;

	private final MessageSource messages;

	SearchController(SearchQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("searchForm") SearchForm form, Model model) {
		List<SearchGroup> groups = form.isEmpty() ? List.of() : queries.search(form.q());
		model.addAttribute("heading",
				form.isEmpty() ? message("search.heading") : message("search.headingFor", form.q()));
		model.addAttribute("groups", groups);
		model.addAttribute("found", groups.stream().anyMatch(group -> group.total() > 0));
		return "search/results";
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
