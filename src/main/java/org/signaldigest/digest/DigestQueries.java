package org.signaldigest.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.signaldigest.digest.DigestPage.TopSignal;
import org.signaldigest.listing.ConfirmedDates;
import org.signaldigest.listing.SortableColumns;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Digests: the articles grouped by their digest id. */
@Repository
@Transactional(readOnly = true)
public class DigestQueries {

	/** Digests have one order, newest first: any requested sort is a 400. */
	static final SortableColumns SORTABLE = SortableColumns.of();

	static final int TOP_SIGNALS = 3;

	private static final String COLUMNS = "digest_id, digest_date, articles, signals, confirmed";

	private static final String ORDER = "digest_date desc nulls last, digest_id desc";

	private final NamedParameterJdbcTemplate jdbc;

	public DigestQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Digests, newest first: by date (undated last), then by id descending, from the
	 * counts the import keeps.
	 */
	public Page<DigestRow> newestFirst(Pageable pageable) {
		List<DigestRow> rows = jdbc.query(
				"select " + COLUMNS + " from digest_stats order by " + ORDER + " limit :limit offset :offset",
				Map.of("limit", pageable.getPageSize(), "offset", pageable.getOffset()), DigestQueries::row);
		long total = jdbc.queryForObject("select count(*) from digest_stats", Map.of(), Long.class);
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * The latest digests: newest first, of those whose date is confirmed (a date typed
	 * wrong, after its import, is never the latest).
	 */
	public List<DigestRow> latest(int count) {
		return jdbc.query(
				"select " + COLUMNS + " from digest_stats where confirmed order by " + ORDER + " limit :limit",
				Map.of("limit", count), DigestQueries::row);
	}

	private static DigestRow row(ResultSet rs, int rowNum) throws SQLException {
		return new DigestRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4),
				rs.getBoolean(5));
	}

	Optional<DigestPage> byId(String digestId) {
		Map<String, Object> id = Map.of("digest", digestId, "top", TOP_SIGNALS);
		Map<String, DigestPage.Article> articles = new LinkedHashMap<>();
		jdbc.query("""
				select a.page_id, a.title, a.category, a.type from article a
				where a.digest_id = :digest order by a.title nulls last, a.page_id""", id, rs -> {
			articles.put(rs.getString(1), new DigestPage.Article(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), new ArrayList<>()));
		});
		if (articles.isEmpty()) {
			return Optional.empty();
		}
		jdbc.query(
				"""
						select page_id, name, relevancy from (
						  select a.page_id, s.name, s.relevancy,
						    row_number() over (partition by s.article_id order by s.relevancy desc nulls last, s.position) as rank
						  from signal s join article a on a.id = s.article_id where a.digest_id = :digest) top
						where rank <= :top order by page_id, rank""",
				id, rs -> {
					articles.get(rs.getString(1))
						.topSignals()
						.add(new TopSignal(rs.getString(2), rs.getObject(3, Integer.class)));
				});
		return jdbc.queryForObject(
				"select max(a.digest_date), coalesce(bool_or(" + ConfirmedDates.CONFIRMED
						+ "), false), max(a.digest_url) from article a where a.digest_id = :digest",
				id, (rs, n) -> Optional.of(new DigestPage(digestId, rs.getObject(1, LocalDate.class), rs.getBoolean(2),
						rs.getString(3), List.copyOf(articles.values()))));
	}

}
