package org.signaldigest.article;

import jakarta.validation.Valid;

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

	ArticleApiController(ArticleQueries queries) {
		this.queries = queries;
	}

	/** Articles, newest digest first. */
	@GetMapping
	PageJson<ArticleSummary> list(@Valid @ModelAttribute PageParams params) {
		return PageJson.of(queries.newestFirst(params.toPageRequest()));
	}

	@GetMapping("/{id}")
	ArticleJson get(@PathVariable String id) {
		return queries.byId(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
