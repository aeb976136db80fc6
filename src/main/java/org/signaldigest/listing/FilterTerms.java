package org.signaldigest.listing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.signaldigest.kind.TermKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Looks up the keywords and themes a filter names, in one query, so that the conditions
 * name their ids: the planner then knows how common each one is (a theme on half the
 * articles and one on three need different plans), which it cannot when the id is looked
 * up inside the statement. Their names come along, for the words that show the filter.
 */
@Component
public class FilterTerms {

	private final NamedParameterJdbcTemplate jdbc;

	FilterTerms(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public ResolvedFilter resolve(Filter filter) {
		Map<TermKind, List<String>> slugs = new EnumMap<>(TermKind.class);
		for (FilterField field : Filter.FIELDS) {
			TermKind kind = field.condition().terms();
			if (kind != null && field.isSet(filter)) {
				slugs.put(kind, field.values(filter).stream().map(String.class::cast).toList());
			}
		}
		if (slugs.isEmpty()) {
			return new ResolvedFilter(filter, Map.of());
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String sql = String.join(" union all ", slugs.keySet().stream().map(kind -> {
			parameters.addValue(kind.table(), slugs.get(kind).toArray(String[]::new));
			return "select '" + kind.name() + "', slug, id, name from " + kind.table() + " where slug = any(:"
					+ kind.table() + ")";
		}).toList());
		Map<TermKind, Map<String, ResolvedFilter.Term>> terms = new EnumMap<>(TermKind.class);
		jdbc.query(sql, parameters, row -> {
			terms.computeIfAbsent(TermKind.valueOf(row.getString(1)), kind -> new HashMap<>())
				.put(row.getString(2), new ResolvedFilter.Term(row.getLong(3), row.getString(4)));
		});
		return new ResolvedFilter(filter, terms);
	}

}
