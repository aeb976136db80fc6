package org.signaldigest.article;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ArticleRepository extends Repository<Article, Long> {

	@Query(value = """
			select new org.signaldigest.article.ArticleSummary(a.pageId, a.title, a.digestId, a.digestDate,
			  a.externalUrl, a.category, a.type)
			from Article a
			order by a.digestDate desc nulls last, a.digestId desc, a.pageId""",
			countQuery = "select count(a) from Article a")
	Page<ArticleSummary> findNewestFirst(Pageable pageable);

	Optional<Article> findByPageId(String pageId);

}
