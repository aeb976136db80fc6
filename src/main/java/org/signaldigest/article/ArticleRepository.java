package org.signaldigest.article;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ArticleRepository extends Repository<Article, Long> {

	Optional<Article> findByPageId(String pageId);

}
