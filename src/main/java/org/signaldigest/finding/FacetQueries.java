package org.signaldigest.finding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facet counts beside a table, in one statement. They count the newest
 * {@value #FACET_ROWS} matching rows (all of them for most filters): enough to show what
 * a broad filter is about, at the cost of a page rather than of the whole collection.
 * Lists filtered by relevancy alone take their relevancy counts, exact, from the counts
 * the import keeps; their facets are kept in memory until the next import (of this
 * process or another: the summaries' refresh time tells).
 */
@Repository
@Transactional(readOnly = true)
class FacetQueries {

	static final int FACET_ROWS = 1_000;

	private static final int FACET_SIZE = 10;

	/** The facet number of the row that says how many rows were counted. */
	private static final int COUNTED = 5;

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * Facets of the lists filtered by relevancy alone (a few hundred at most), by
	 * summaries' refresh time, kind and filter; emptied when the summaries are refreshed.
	 */
	private final Map<List<Object>, Facets> cache = new ConcurrentHashMap<>();

	private volatile OffsetDateTime cachedSince;

	FacetQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Facets facets(FindingKind kind, ResolvedFilter filter) {
		FilterSql where = FilterSql.forRows(filter);
		if (!where.onlyRelevancy()) {
			return count(kind, where);
		}
		OffsetDateTime refreshed = jdbc.queryForObject("select refreshed_at from collection_stats", Map.of(),
				OffsetDateTime.class);
		if (!refreshed.equals(cachedSince)) {
			cache.clear();
			cachedSince = refreshed;
		}
		List<Object> key = List.of(refreshed, kind, filter);
		Facets facets = cache.get(key);
		if (facets == null) {
			facets = count(kind, where);
			cache.put(key, facets);
		}
		return facets;
	}

	private Facets count(FindingKind kind, FilterSql where) {
		MapSqlParameterSource parameters = where.parameters()
			.addValue("facetRows", FACET_ROWS)
			.addValue("facetSize", FACET_SIZE)
			.addValue("kind", kind.path());
		String relevancy = where.onlyRelevancy()
				? "select 0, f.relevancy::text, f.relevancy::text, f.rows, -f.grade from finding_stats f"
						+ " where f.kind = :kind" + where.and()
				: "select 0, relevancy::text, relevancy::text, count(*), -coalesce(relevancy, 0) from matched"
						+ " group by relevancy";
		String sql = "with matched as materialized (select f.article_id, f.relevancy"
				+ FindingQueries.from(kind, where, "") + where.where() + " order by " + Ordering.ROWS_NEWEST_FIRST
				+ " limit :facetRows), per_article as (select article_id, count(*) as n from matched group by article_id)"
				+ " select facet, value, label, n from (" + relevancy + " union all " + terms(1, TermKind.THEMES)
				+ " union all " + terms(2, TermKind.KEYWORDS) + " union all " + articleColumn(3, "category")
				+ " union all " + articleColumn(4, "type") + " union all select " + COUNTED
				+ ", null, null, (select count(*) from matched), 0) facets(facet, value, label, n, rank)"
				+ " order by facet, rank, label, value";
		Map<Integer, List<Facets.Value>> values = new TreeMap<>();
		for (int facet = 0; facet < COUNTED; facet++) {
			values.put(facet, new ArrayList<>());
		}
		long[] counted = new long[1];
		jdbc.query(sql, parameters, rs -> {
			int facet = rs.getInt(1);
			if (facet == COUNTED) {
				counted[0] = rs.getLong(4);
			}
			else {
				values.get(facet).add(new Facets.Value(rs.getString(2), rs.getString(3), rs.getLong(4)));
			}
		});
		return new Facets(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), counted[0],
				FACET_ROWS);
	}

	private static String terms(int facet, TermKind kind) {
		return "(select " + facet + ", t.slug, t.name, sum(p.n), -sum(p.n) from per_article p join " + kind.linkTable()
				+ " l on l.article_id = p.article_id join " + kind.table() + " t on t.id = l." + kind.linkColumn()
				+ " group by t.slug, t.name order by sum(p.n) desc, t.name limit :facetSize)";
	}

	private static String articleColumn(int facet, String column) {
		return "(select " + facet + ", a." + column + ", a." + column + ", sum(p.n), -sum(p.n) from per_article p"
				+ " join article a on a.id = p.article_id where a." + column + " is not null group by a." + column
				+ " order by sum(p.n) desc, a." + column + " limit :facetSize)";
	}

}
