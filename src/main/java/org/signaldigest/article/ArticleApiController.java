package org.signaldigest.article;

import jakarta.validation.Valid;

import org.signaldigest.filter.Filter;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The article JSON API: a stable contract that users' scripts build on. */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

	private final ArticleQueries queries;

	private final ArticleListQueries list;

	ArticleApiController(ArticleQueries queries, ArticleListQueries list) {
		this.queries = queries;
		this.list = list;
	}

	/** Articles with the filters and sort of the articles page; by default newest digest first. */
	@GetMapping
	PageJson<ArticleSummary> list(@Valid @ModelAttribute PageParams params,
			@Valid @ModelAttribute("filter") Filter filter, Sort sort) {
		var pageable = ArticleListQueries.check(params.toPageRequest().withSort(sort));
		return PageJson.of(list.find(filter, pageable).map(ArticleRow::summary));
	}

	@GetMapping("/{id}")
	ArticleJson get(@PathVariable String id) {
		return queries.byId(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
