package org.signaldigest.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.FilterParameter.Control;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the facets of a list in one statement, over the newest {@value #FACET_ROWS}
 * matching rows or articles (all of them for most filters): enough to show what a broad
 * filter is about, at the cost of a page rather than of the whole collection. A filter
 * chosen from a list of values ({@link Control#CHOICE}: category, type) is counted as if
 * it were not set, so that its facet offers the other values with what they would give.
 */
@Component
public class FacetCounter {

	/** The most matching rows the facets count. */
	public static final int FACET_ROWS = 1_000;

	/** How many values of each facet show, unless asked for more. */
	public static final int FACET_SIZE = 10;

	/** The most values of each facet a page may ask for ({@code facetSize}). */
	public static final int MAX_FACET_SIZE = 100;

	/** The facet number of the row that says how many rows were counted. */
	private static final int COUNTED = 5;

	private final NamedParameterJdbcTemplate jdbc;

	FacetCounter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the facets of a list count.
	 *
	 * @param matched a query of the {@code article_id} (and {@code relevancy}) of the
	 * newest {@code :facetRows} matching rows
	 * @param relevancy a query of the relevancy facet's rows (facet 0, value, label,
	 * count, rank), or null when the list has no relevancy
	 * @param parameters the values of both
	 */
	public record Statement(String matched, String relevancy, MapSqlParameterSource parameters) {
	}

	/**
	 * @param size how many values of each facet to show: one more is read, to know
	 * whether there are more
	 * @param statement the statement of a filter
	 */
	public Facets count(ResolvedFilter filter, int size, Function<ResolvedFilter, Statement> statement) {
		Facets facets = run(statement.apply(filter), size);
		for (FilterField field : Filter.FIELDS) {
			if (field.control() == Control.CHOICE && field.isSet(filter.filter())) {
				Facets others = run(statement.apply(filter.with(field.name(), null)), size);
				facets = facets.with(field.name(), others.values(field.name()));
			}
		}
		return facets;
	}

	private Facets run(Statement statement, int size) {
		MapSqlParameterSource parameters = statement.parameters()
			.addValue("facetRows", FACET_ROWS)
			.addValue("facetSize", size + 1);
		String relevancy = statement.relevancy() == null ? "" : statement.relevancy() + " union all ";
		String sql = "with matched as materialized (" + statement.matched() + "),"
				+ " per_article as (select article_id, count(*) as n from matched group by article_id)"
				+ " select facet, value, label, n from (" + relevancy + terms(1, TermKind.THEMES) + " union all "
				+ terms(2, TermKind.KEYWORDS) + " union all " + articleColumn(3, "category") + " union all "
				+ articleColumn(4, "type") + " union all select " + COUNTED
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
				FACET_ROWS, size);
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
