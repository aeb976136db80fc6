package org.signaldigest.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.signaldigest.digest.DigestPage.TopSignal;
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

	private final NamedParameterJdbcTemplate jdbc;

	public DigestQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Digests, newest first: by date (undated last), then by id descending, from the
	 * counts the import keeps.
	 */
	public Page<DigestRow> newestFirst(Pageable pageable) {
		List<DigestRow> rows = jdbc.query("""
				select digest_id, digest_date, articles, signals from digest_stats
				order by digest_date desc nulls last, digest_id desc limit :limit offset :offset""",
				Map.of("limit", pageable.getPageSize(), "offset", pageable.getOffset()),
				(rs, n) -> new DigestRow(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
						rs.getLong(4)));
		long total = jdbc.queryForObject("select count(*) from digest_stats", Map.of(), Long.class);
		return new PageImpl<>(rows, pageable, total);
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
		return jdbc.queryForObject("select max(digest_date), max(digest_url) from article where digest_id = :digest",
				id, (rs, n) -> Optional.of(new DigestPage(digestId, rs.getObject(1, LocalDate.class), rs.getString(2),
						List.copyOf(articles.values()))));
	}

}
