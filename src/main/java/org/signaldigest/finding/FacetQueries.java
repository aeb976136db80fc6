package org.signaldigest.finding;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.FacetCounter;
import org.signaldigest.listing.Facets;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facet counts beside a table, counted by {@link FacetCounter} over the newest
 * matching rows. Lists filtered by relevancy alone take their relevancy counts, exact,
 * from the counts the import keeps; their facets are kept in memory until the next import
 * (of this process or another: the summaries' refresh time tells).
 */
@Repository
@Transactional(readOnly = true)
class FacetQueries {

	private final NamedParameterJdbcTemplate jdbc;

	private final FacetCounter counter;

	/**
	 * Facets of the lists filtered by relevancy alone (a few hundred at most), by
	 * summaries' refresh time, kind, filter and size; emptied when the summaries are
	 * refreshed.
	 */
	private final Map<List<Object>, Facets> cache = new ConcurrentHashMap<>();

	private volatile OffsetDateTime cachedSince;

	FacetQueries(NamedParameterJdbcTemplate jdbc, FacetCounter counter) {
		this.jdbc = jdbc;
		this.counter = counter;
	}

	Facets facets(FindingKind kind, ResolvedFilter filter, int size) {
		if (!FilterSql.forRows(filter).onlyRelevancy()) {
			return count(kind, filter, size);
		}
		OffsetDateTime refreshed = jdbc.queryForObject("select refreshed_at from collection_stats", Map.of(),
				OffsetDateTime.class);
		if (!refreshed.equals(cachedSince)) {
			cache.clear();
			cachedSince = refreshed;
		}
		List<Object> key = List.of(refreshed, kind, filter, size);
		Facets facets = cache.get(key);
		if (facets == null) {
			facets = count(kind, filter, size);
			cache.put(key, facets);
		}
		return facets;
	}

	private Facets count(FindingKind kind, ResolvedFilter filter, int size) {
		return counter.count(filter, size, resolved -> {
			FilterSql where = FilterSql.forRows(resolved);
			String relevancy = where.onlyRelevancy()
					? "select 0, f.relevancy::text, f.relevancy::text, f.rows, -f.grade from finding_stats f"
							+ " where f.kind = :kind" + where.and()
					: "select 0, relevancy::text, relevancy::text, count(*), -coalesce(relevancy, 0) from matched"
							+ " group by relevancy";
			return new FacetCounter.Statement(
					"select f.article_id, f.relevancy" + FindingQueries.from(kind, where, "") + where.where()
							+ " order by " + Ordering.ROWS_NEWEST_FIRST + " limit :facetRows",
					relevancy, where.parameters().addValue("kind", kind.path()));
		});
	}

}
