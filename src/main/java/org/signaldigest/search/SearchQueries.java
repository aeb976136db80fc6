package org.signaldigest.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.CountedPage;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterSql;
import org.signaldigest.listing.Ordering;
import org.signaldigest.listing.ResolvedFilter;

import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Ranked full-text search over articles and the five tables. What matches, and so each
 * total, is exactly what the "see all" list ({@code /articles?q=}, {@code /signals?q=}…)
 * shows, since both take their conditions from {@link FilterSql}: a row of the five
 * tables also matches on its article's title. Totals stop at
 * {@value CountedPage#COUNT_CAP}; the hits are the best ranked among the first
 * {@value #CANDIDATES} matches in the lists' own order (newest articles; most relevant,
 * then newest rows), which is every match of most words.
 */
@Repository
class SearchQueries {

	static final int HITS_PER_KIND = 10;

	/**
	 * Ranking every match of a common word costs a scan; the best are looked for among
	 * this many.
	 */
	static final int CANDIDATES = 200;

	private static final String Q = FilterSql.TS_QUERY;

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskExecutor executor;

	SearchQueries(NamedParameterJdbcTemplate jdbc, TaskExecutor executor) {
		this.jdbc = jdbc;
		this.executor = executor;
	}

	/**
	 * The six groups are independent, so they are looked for at once, on the
	 * application's task executor: a search takes as long as its slowest group on an idle
	 * machine, not the sum of all six.
	 * @return articles, then one group per {@link FindingKind} in its order, each with
	 * the best hits first
	 */
	List<SearchGroup> search(String q) {
		List<CompletableFuture<SearchGroup>> groups = new ArrayList<>();
		groups.add(CompletableFuture.supplyAsync(() -> searchArticles(q), executor));
		for (FindingKind kind : FindingKind.values()) {
			groups.add(CompletableFuture.supplyAsync(() -> search(kind, q), executor));
		}
		return groups.stream().map(SearchQueries::join).toList();
	}

	/**
	 * Waits for a group; what went wrong looking for it is thrown as it was, not wrapped.
	 */
	private static SearchGroup join(CompletableFuture<SearchGroup> group) {
		try {
			return group.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	SearchGroup searchArticles(String q) {
		return group(null, q);
	}

	SearchGroup search(FindingKind kind, String q) {
		return group(Objects.requireNonNull(kind), q);
	}

	/**
	 * @param kind null for articles
	 */
	private SearchGroup group(FindingKind kind, String q) {
		boolean articles = kind == null;
		ResolvedFilter filter = new ResolvedFilter(Filter.NONE.with("q", q), Map.of());
		FilterSql where = articles ? FilterSql.forArticles(filter) : FilterSql.forRows(filter);
		MapSqlParameterSource parameters = where.parameters()
			.addValue("limit", HITS_PER_KIND)
			.addValue("candidates", CANDIDATES)
			.addValue("markers", Highlights.MARKERS)
			.addValue("snippet", Highlights.SNIPPET_OPTIONS)
			.addValue("whole", Highlights.WHOLE_OPTIONS);
		String best = articles ? bestArticles(where) : bestRows(kind, where);
		List<SearchHit> hits = jdbc.query(
				"select page_id, title, ts_headline('english', translate(name, :markers, ''), " + Q
						+ ", :whole), ts_headline('english', translate(body, :markers, ''), " + Q + ", :snippet),"
						+ " digest_date, relevancy, position from (" + best + ") best order by ord",
				parameters,
				(rs, n) -> new SearchHit(rs.getString(1), rs.getString(2), Highlights.toHtml(rs.getString(3)),
						Highlights.toHtml(rs.getString(4)), rs.getObject(5, LocalDate.class),
						rs.getObject(6, Integer.class), rs.getObject(7, Integer.class)));
		long total = jdbc.queryForObject(
				"select count(*) from (select 1" + from(kind) + where.where() + " limit :cap) matches",
				parameters.addValue("cap", CountedPage.COUNT_CAP), Long.class);
		return new SearchGroup(kind, total, hits);
	}

	/** The best ranked among the newest {@value #CANDIDATES} matching articles. */
	private static String bestArticles(FilterSql where) {
		return "select a.page_id, a.title, coalesce(a.title, a.page_id) as name, coalesce(a.summary, '') as body,"
				+ " a.digest_date, null::int as relevancy, null::int as position, row_number() over (order by ts_rank(a.search, "
				+ Q + ") desc, " + Ordering.ARTICLES_NEWEST_FIRST + ") as ord from (select a.id" + from(null)
				+ where.where() + " order by " + Ordering.ARTICLES_NEWEST_FIRST
				+ " limit :candidates) candidate join article a on a.id = candidate.id order by ord limit :limit";
	}

	/**
	 * The best ranked among the {@value #CANDIDATES} matching rows that come first in the
	 * table's own order.
	 */
	private static String bestRows(FindingKind kind, FilterSql where) {
		return "select f.page_id, a.title, coalesce(f.name, '') as name, coalesce(" + kind.bodySql()
				+ ", '') as body, f.digest_date, f.relevancy::int, f.position, row_number() over (order by ts_rank(f.search, "
				+ Q + ") desc, " + Ordering.ROWS_MOST_RELEVANT_FIRST + ") as ord from (select f.id" + from(kind)
				+ where.where() + " order by " + Ordering.ROWS_MOST_RELEVANT_FIRST
				+ " limit :candidates) candidate join " + kind.table()
				+ " f on f.id = candidate.id join article a on a.id = f.article_id order by ord limit :limit";
	}

	/**
	 * @param kind null for articles
	 */
	private static String from(FindingKind kind) {
		return kind == null ? " from article a" : " from " + kind.table() + " f";
	}

}
