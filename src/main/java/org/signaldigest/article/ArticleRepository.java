package org.signaldigest.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface ArticleRepository extends Repository<Article, Long> {

	/**
	 * The article row with its terms, in one statement; its findings are read when first
	 * used, in a second.
	 */
	@EntityGraph(attributePaths = "terms")
	Optional<Article> findByPageId(String pageId);

}
