package org.signaldigest.article;

import jakarta.validation.Valid;

import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.PageJson;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The article JSON API: a stable contract that users' scripts build on. */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

	private final FilterTerms terms;

	private final ArticleQueries queries;

	private final ArticleListQueries list;

	ArticleApiController(ArticleQueries queries, ArticleListQueries list, FilterTerms terms) {
		this.terms = terms;
		this.queries = queries;
		this.list = list;
	}

	/**
	 * Articles with the filters and sort of the articles page; by default newest digest
	 * first.
	 */
	@GetMapping
	PageJson<ArticleSummary> list(@Valid @ModelAttribute("filter") Filter filter,
			@PageableDefault(size = 50) Pageable pageable) {
		ResolvedFilter resolved = terms.resolve(filter);
		return PageJson.of(list.find(resolved, ArticleListQueries.check(pageable)).map(ArticleRow::summary));
	}

	@GetMapping("/{id}")
	ArticleJson get(@PathVariable String id) {
		return queries.byId(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
