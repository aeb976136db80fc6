package org.signaldigest.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.ViewTitles;
import org.signaldigest.web.Links;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The Atom feeds of the views: {@code /signals.atom} and its four siblings and
 * {@code /articles.atom} take the filters of their tables (a bad one is a 400, as on the
 * table), {@code /keywords/{slug}.atom} and {@code /themes/{slug}.atom} give a term's
 * articles. Each is its view's newest entries, newest digest first.
 */
@Controller
class FeedController {

	private final FilterTerms terms;

	private final FeedQueries queries;

	private final MessageSource messages;

	FeedController(FeedQueries queries, MessageSource messages, FilterTerms terms) {
		this.terms = terms;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/{kind:" + FindingKind.PATHS + "}.atom")
	ResponseEntity<byte[]> rows(@PathVariable String kind, @Valid @ModelAttribute Filter filter,
			HttpServletRequest request) {
		ResolvedFilter resolved = terms.resolve(filter);
		FindingKind findingKind = FindingKind.fromPath(kind).orElseThrow(FeedController::notFound);
		String title = ViewTitles.describe(message("kind." + kind), resolved, messages);
		return atom(request, "/" + kind, title, queries.rows(findingKind, resolved));
	}

	@GetMapping("/articles.atom")
	ResponseEntity<byte[]> articles(@Valid @ModelAttribute Filter filter, HttpServletRequest request) {
		ResolvedFilter resolved = terms.resolve(filter);
		String title = ViewTitles.describe(message("articles.heading"), resolved, messages);
		return atom(request, "/articles", title, queries.articles(resolved));
	}

	@GetMapping("/{kind:keywords|themes}/{slug}.atom")
	ResponseEntity<byte[]> term(@PathVariable String kind, @PathVariable String slug, HttpServletRequest request) {
		TermKind termKind = TermKind.fromPath(kind).orElseThrow(FeedController::notFound);
		String name = queries.termName(termKind, slug)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, message("term.notFound." + kind, slug)));
		String path = "/" + kind + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
		return atom(request, path, message("term.heading." + kind, name), queries.termArticles(termKind, slug));
	}

	/**
	 * @param viewPath the path of the view as a page; its feed is at the same path with
	 * ".atom"
	 */
	private ResponseEntity<byte[]> atom(HttpServletRequest request, String viewPath, String title,
			List<FeedEntry> entries) {
		Links links = new Links(request);
		String self = links.filtered(viewPath + ".atom");
		Feed feed = new Feed(AtomIds.feed(self), message("feed.title", title), self, links.filtered(viewPath), entries);
		String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
		byte[] body = new AtomWriter(baseUrl, message("app.name")).write(feed);
		return ResponseEntity.ok().contentType(AtomWriter.ATOM_XML).body(body);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
