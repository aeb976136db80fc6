package org.signaldigest.article;

import java.util.List;

import jakarta.validation.Valid;

import org.signaldigest.listing.Columns;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.listing.ViewTitles;
import org.signaldigest.trend.SimilarSignals;
import org.signaldigest.web.SafeMarkdown;

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

/** The articles table and the page of one article. */
@Controller
class ArticleController {

	/** The order of the table unless sorted otherwise, as a sort parameter. */
	private static final String DEFAULT_SORT = "digestDate,desc";

	/** The columns a reader may hide: all but the title. */
	private static final List<String> HIDEABLE = List.of("digestDate", "category", "type", "signals");

	private final ArticleFacetQueries facets;

	private final FilterTerms terms;

	private final ArticleListQueries list;

	private final ArticlePageQueries pages;

	private final SimilarSignals similar;

	private final SafeMarkdown markdown;

	private final MessageSource messages;

	ArticleController(ArticleListQueries list, ArticleFacetQueries facets, ArticlePageQueries pages,
			SimilarSignals similar, SafeMarkdown markdown, MessageSource messages, FilterTerms terms) {
		this.terms = terms;
		this.facets = facets;
		this.list = list;
		this.pages = pages;
		this.similar = similar;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping("/articles")
	String list(@Valid @ModelAttribute("filter") Filter filter, @PageableDefault(size = 50) Pageable pageable,
			@RequestParam(name = Columns.PARAMETER, required = false) List<String> hide,
			@RequestParam(defaultValue = "" + FacetCounter.FACET_SIZE) int facetSize, Model model) {
		ResolvedFilter resolved = terms.resolve(filter);
		Pageable checked = ArticleListQueries.check(pageable);
		String what = messages.getMessage("articles.heading", null, LocaleContextHolder.getLocale());
		model.addAttribute("heading", ViewTitles.describe(what, resolved, messages));
		model.addAttribute("resolvedFilter", resolved);
		model.addAttribute("columns", Columns.of(hide, HIDEABLE));
		model.addAttribute("defaultSort", DEFAULT_SORT);
		CountedPage<ArticleRow> rows = list.find(resolved, checked);
		model.addAttribute("rows", rows);
		model.addAttribute("totalExact", rows.isTotalExact());
		model.addAttribute("facets", facets.facets(resolved, facetSize));
		model.addAttribute("feedPath", "/articles.atom");
		return "articles/list";
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable String id, Model model) {
		ArticlePage article = pages.byId(id).orElseThrow(() -> new ArticleNotFoundException(id));
		model.addAttribute("article", article);
		model.addAttribute("similar", similar.forArticle(id));
		model.addAttribute("heading", article.title() != null ? article.title() : article.id());
		model.addAttribute("summaryHtml", markdown.toHtml(article.summary()));
		model.addAttribute("sourceLink", markdown.safeLink(article.externalUrl()));
		return "articles/show";
	}

}
