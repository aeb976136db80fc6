package org.signaldigest.article;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles for the API and the pages. */
@Service
@Transactional(readOnly = true)
class ArticleQueries {

	private final ArticleRepository articles;

	ArticleQueries(ArticleRepository articles) {
		this.articles = articles;
	}

	Optional<ArticleJson> byId(String pageId) {
		return articles.findByPageId(pageId).map(ArticleJson::of);
	}

}
