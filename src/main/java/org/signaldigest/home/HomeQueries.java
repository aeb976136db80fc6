package org.signaldigest.home;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.signaldigest.digest.DigestQueries;
import org.signaldigest.digest.DigestRow;
import org.signaldigest.home.Home.TermCount;
import org.signaldigest.home.Home.TopSignal;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of the home page, read in one transaction. */
@Service
@Transactional(readOnly = true)
class HomeQueries {

	/**
	 * The counts, in one query over the summaries the import keeps; terms count only
	 * those some article carries.
	 */
	private static final String COUNTS = """
			select c.articles, c.digests, %s, c.keywords, c.themes from collection_stats c"""
		.formatted(Arrays.stream(FindingKind.values())
			.map(kind -> "(select coalesce(sum(rows), 0) from finding_stats where kind = '" + kind.path() + "') as "
					+ kind.path())
			.collect(Collectors.joining(", ")));

	/** How many of the latest digests the home page lists. */
	private static final int LATEST_DIGESTS = 5;

	private final NamedParameterJdbcTemplate jdbc;

	private final DigestQueries digests;

	HomeQueries(NamedParameterJdbcTemplate jdbc, DigestQueries digests) {
		this.jdbc = jdbc;
		this.digests = digests;
	}

	Home home() {
		List<DigestRow> latest = digests.latest(LATEST_DIGESTS);
		String latestDigest = latest.isEmpty() ? null : latest.get(0).id();
		return new Home(counts(), latest, topTerms(TermKind.THEMES), topTerms(TermKind.KEYWORDS), latestDigest,
				latestDigest == null ? List.of() : topSignals(latestDigest));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(COUNTS, Map.of(), row -> {
			for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
				counts.put(row.getMetaData().getColumnLabel(column), row.getLong(column));
			}
		});
		return counts;
	}

	private List<TermCount> topTerms(TermKind kind) {
		return jdbc.query(
				"select slug, name, articles from " + kind.stats()
						+ " order by articles desc, lower(name), slug limit 10",
				Map.of(), (rs, n) -> new TermCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
	}

	private List<TopSignal> topSignals(String digestId) {
		return jdbc.query("""
				select s.name, s.relevancy, s.page_id, a.title from signal s join article a on a.id = s.article_id
				where a.digest_id = :digest
				order by s.relevancy desc nulls last, s.page_id, s.position limit 10""", Map.of("digest", digestId),
				(rs, n) -> new TopSignal(rs.getString(1), rs.getObject(2, Integer.class), rs.getString(3),
						rs.getString(4)));
	}

}
