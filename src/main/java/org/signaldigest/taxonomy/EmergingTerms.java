package org.signaldigest.taxonomy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.signaldigest.importing.ImportFinished;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.ConfirmedDates;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keywords and themes ranked by {@link Growth}: articles that carry them in the last 12
 * weeks of the (filtered) data against the 12 weeks before, over the articles whose
 * digest date is confirmed ({@link ConfirmedDates}): a date typed wrong never anchors the
 * window. Those of all the data (the term lists' badges, /trends without filters) are
 * kept until an import changes the data: at 100,000 articles they take 0.2 to 0.6 s to
 * count.
 */
@Repository
@Transactional(readOnly = true)
public class EmergingTerms {

	/** The most kept, and badged on a list. */
	private static final int KEPT = 100;

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<TermKind, List<EmergingTerm>> kept = new EnumMap<>(TermKind.class);

	EmergingTerms(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The emerging terms of this kind among the articles that match (relevancy filters do
	 * not apply).
	 */
	public List<EmergingTerm> top(TermKind kind, ResolvedFilter filter, int limit) {
		ResolvedFilter articles = filter.forArticles();
		if (articles.filter().isEmpty()) {
			List<EmergingTerm> all = all(kind);
			return all.subList(0, Math.min(limit, all.size()));
		}
		return count(kind, articles, limit);
	}

	private List<EmergingTerm> count(TermKind kind, ResolvedFilter articles, int limit) {
		FilterSql where = FilterSql.forArticles(articles);
		String confirmed = (where.where().isEmpty() ? " where " : where.where() + " and ") + ConfirmedDates.CONFIRMED;
		String sql = "with bounds as (select max(a.digest_date) as last_day from article a" + confirmed + "),"
				+ " counts as (select l." + kind.linkColumn() + " as term_id,"
				+ " count(*) filter (where a.digest_date > b.last_day - " + Growth.WINDOW_DAYS + ") as recent,"
				+ " count(*) filter (where a.digest_date <= b.last_day - " + Growth.WINDOW_DAYS + ") as previous"
				+ " from article a join " + kind.linkTable() + " l on l.article_id = a.id cross join bounds b"
				+ confirmed + " and a.digest_date > b.last_day - " + 2 * Growth.WINDOW_DAYS
				+ " and a.digest_date <= b.last_day group by 1)"
				+ " select t.slug, t.name, c.recent, c.previous from counts c join " + kind.table()
				+ " t on t.id = c.term_id where c.recent >= " + Growth.MIN_RECENT + " and " + Growth.SQL + " >= "
				+ Growth.MIN_RATIO + " order by " + Growth.SQL + " desc, c.recent desc, t.slug limit :limit";
		MapSqlParameterSource parameters = where.parameters().addValue("limit", limit);
		return jdbc.query(sql, parameters, (rs, n) -> new EmergingTerm(rs.getString(1), rs.getString(2),
				new Growth(rs.getLong(3), rs.getLong(4))));
	}

	/** The slugs of the emerging terms of this kind, in all the data. */
	public Set<String> slugs(TermKind kind) {
		return all(kind).stream().map(EmergingTerm::slug).collect(Collectors.toUnmodifiableSet());
	}

	private synchronized List<EmergingTerm> all(TermKind kind) {
		return kept.computeIfAbsent(kind, k -> count(k, ResolvedFilter.NONE, KEPT));
	}

	@EventListener
	synchronized void forget(ImportFinished event) {
		kept.clear();
	}

	/** A keyword or theme and its growth. */
	public record EmergingTerm(String slug, String name, Growth growth) {
	}

}
