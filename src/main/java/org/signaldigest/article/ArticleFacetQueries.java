package org.signaldigest.article;

import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facets of the articles table: themes, keywords, categories and types of the newest
 * matching articles, counted by {@link FacetCounter} (each article counts once).
 */
@Repository
@Transactional(readOnly = true)
class ArticleFacetQueries {

	private final FacetCounter counter;

	ArticleFacetQueries(FacetCounter counter) {
		this.counter = counter;
	}

	Facets facets(ResolvedFilter filter, int size) {
		return counter.count(filter, size, resolved -> {
			FilterSql where = FilterSql.forArticles(resolved);
			return new FacetCounter.Statement("select a.id as article_id from article a" + where.where() + " order by "
					+ Ordering.ARTICLES_NEWEST_FIRST + " limit :facetRows", null, where.parameters());
		});
	}

}
