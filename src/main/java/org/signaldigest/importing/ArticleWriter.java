package org.signaldigest.importing;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;
import org.signaldigest.parser.ParsedPage;
import org.signaldigest.parser.Problem;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes one parsed page as an article, in the caller's transaction, in as few round
 * trips as possible: a new page takes two statements (its article row with its new terms,
 * then all its other rows). A page id seen before keeps its article row (and id): its
 * fields are updated and its other rows replaced. The article row's unique page id and
 * its row lock serialise concurrent imports of one page, so they leave one article.
 */
@Repository
class ArticleWriter {

	private static final String ARTICLE_COLUMNS = "title, digest_id, digest_date, digest_url, external_url, category,"
			+ " type, summary, related_page_ids, warnings, source_file, source_sha256";

	private static final String ARTICLE_VALUES = ":title, :digestId, :digestDate, :digestUrl, :externalUrl,"
			+ " :category, :type, :summary, :related::text[], :warnings::text[], :sourceFile, :sha256";

	private static final String INSERT_ARTICLE_AND_TERMS = "with keywords as ("
			+ PageRows.UPSERT_TERMS.formatted("keyword") + "), themes as (" + PageRows.UPSERT_TERMS.formatted("theme")
			+ ") insert into article (page_id, " + ARTICLE_COLUMNS + ", imported_at, updated_at)" + " values (:pageId, "
			+ ARTICLE_VALUES + ", now(), now())" + " on conflict (page_id) do nothing returning id";

	private static final String DELETE_ROWS = "with " + Stream
		.concat(Arrays.stream(FindingKind.values()).map(FindingKind::table),
				Arrays.stream(TermKind.values()).map(TermKind::linkTable))
		.map(table -> "d_" + table + " as (delete from " + table + " where article_id = :id)")
		.collect(Collectors.joining(", "));

	private static final String UPDATE_ARTICLE = DELETE_ROWS + " update article set (" + ARTICLE_COLUMNS
			+ ", updated_at) = (" + ARTICLE_VALUES + ", now()) where id = :id";

	private final NamedParameterJdbcTemplate jdbc;

	ArticleWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return what the import of a page with this content would do, without writing
	 * anything
	 */
	ImportOutcome outcomeFor(String pageId, String sha256) {
		return jdbc
			.query("select source_sha256 from article where page_id = :pageId",
					new MapSqlParameterSource("pageId", pageId), (row, n) -> row.getString(1))
			.stream()
			.findFirst()
			.map(stored -> stored.equals(sha256) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED)
			.orElse(ImportOutcome.IMPORTED);
	}

	/**
	 * @return the stored SHA-256 of those of these pages that are imported, by page id
	 */
	Map<String, String> storedHashes(Collection<String> pageIds) {
		Map<String, String> hashes = new HashMap<>();
		if (!pageIds.isEmpty()) {
			jdbc.query("select page_id, source_sha256 from article where page_id in (:ids)",
					new MapSqlParameterSource("ids", pageIds),
					(RowCallbackHandler) row -> hashes.put(row.getString(1), row.getString(2)));
		}
		return hashes;
	}

	/**
	 * Call it in the page's transaction.
	 * @return imported, updated, or unchanged when the page's bytes have not changed
	 */
	ImportOutcome write(String pageId, String sourceFile, String sha256, ParsedPage page, List<Problem> warnings) {
		// The connections plan every statement for its values (application.properties),
		// which the browsing queries
		// need; the import's statements are the same for every page, and planning the
		// rows statement anew took
		// 0.3 ms a page, a sixth of its time: in this transaction, the server may keep a
		// plan (BENCHMARKS.md).
		jdbc.getJdbcTemplate().execute("set local plan_cache_mode = auto");
		MapSqlParameterSource fields = articleFields(pageId, sourceFile, sha256, page, warnings);
		PageRows.addTerms(fields, page);
		Optional<Long> inserted = jdbc.query(INSERT_ARTICLE_AND_TERMS, fields, (row, n) -> row.getLong(1))
			.stream()
			.findFirst();
		long articleId;
		if (inserted.isPresent()) {
			articleId = inserted.get();
		}
		else {
			Existing existing = jdbc.queryForObject(
					"select id, source_sha256 from article where page_id = :pageId for update", fields,
					(row, n) -> new Existing(row.getLong(1), row.getString(2)));
			if (existing.sha256().equals(sha256)) {
				return ImportOutcome.UNCHANGED;
			}
			articleId = existing.id();
			jdbc.update(UPDATE_ARTICLE, fields.addValue("id", articleId));
		}
		// A statement of its own: it must see the terms that concurrent imports created
		// meanwhile.
		jdbc.query(PageRows.INSERT_ROWS, PageRows.rows(articleId, pageId, page), row -> {
		});
		return inserted.isPresent() ? ImportOutcome.IMPORTED : ImportOutcome.UPDATED;
	}

	private record Existing(long id, String sha256) {
	}

	private static MapSqlParameterSource articleFields(String pageId, String sourceFile, String sha256, ParsedPage page,
			List<Problem> warnings) {
		return new MapSqlParameterSource("pageId", pageId).addValue("title", page.title())
			.addValue("digestId", page.digestId())
			.addValue("digestDate", page.digestDate())
			.addValue("digestUrl", page.digestUrl())
			.addValue("externalUrl", page.externalUrl())
			.addValue("category", page.category())
			.addValue("type", page.type())
			.addValue("summary", page.summary())
			.addValue("related", SqlArrays.text(page.relatedIds(), Function.identity()))
			.addValue("warnings", SqlArrays.text(warnings, Problem::describe))
			.addValue("sourceFile", sourceFile)
			.addValue("sha256", sha256);
	}

}
