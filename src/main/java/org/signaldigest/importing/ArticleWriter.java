package org.signaldigest.importing;

import java.util.List;
import java.util.Optional;

import org.signaldigest.taxonomy.TermKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes one parsed page as an article, in the caller's transaction. A page id seen before keeps its article row
 * (and id): its fields are updated and its child rows replaced. Imports of the same page id are serialised by a
 * transaction-scoped advisory lock, so two concurrent imports leave one article.
 */
@Repository
class ArticleWriter {

	private final NamedParameterJdbcTemplate jdbc;

	private final FindingWriter findings;

	private final TermLinker terms;

	ArticleWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.findings = new FindingWriter(jdbc);
		this.terms = new TermLinker(jdbc);
	}

	/** @return what the import of a page with this content would do, without writing anything */
	ImportOutcome outcomeFor(String pageId, String sha256) {
		return existing(pageId).map(article -> article.sha256().equals(sha256) ? ImportOutcome.UNCHANGED
				: ImportOutcome.UPDATED).orElse(ImportOutcome.IMPORTED);
	}

	/** @return imported, updated, or unchanged when the page's bytes have not changed */
	ImportOutcome write(String pageId, String sourceFile, String sha256, ParsedPage page, List<Problem> warnings) {
		MapSqlParameterSource id = new MapSqlParameterSource("pageId", pageId);
		jdbc.query("select pg_advisory_xact_lock(hashtextextended(:pageId, 0))", id, row -> {
		});
		Optional<Existing> existing = existing(pageId);
		if (existing.isPresent() && existing.get().sha256().equals(sha256)) {
			return ImportOutcome.UNCHANGED;
		}
		MapSqlParameterSource fields = articleFields(pageId, sourceFile, sha256, page);
		long articleId;
		if (existing.isPresent()) {
			articleId = existing.get().id();
			jdbc.update("""
					update article set title = :title, digest_id = :digestId, digest_date = :digestDate,
					  digest_url = :digestUrl, external_url = :externalUrl, category = :category, type = :type,
					  summary = :summary, source_file = :sourceFile, source_sha256 = :sha256, updated_at = now()
					where id = :id""", fields.addValue("id", articleId));
			deleteChildren(articleId);
		}
		else {
			articleId = jdbc.queryForObject("""
					insert into article (page_id, title, digest_id, digest_date, digest_url, external_url, category,
					  type, summary, source_file, source_sha256, imported_at, updated_at)
					values (:pageId, :title, :digestId, :digestDate, :digestUrl, :externalUrl, :category,
					  :type, :summary, :sourceFile, :sha256, now(), now())
					returning id""", fields, Long.class);
		}
		findings.insert(articleId, page);
		terms.link(articleId, TermKind.KEYWORDS, page.keywords());
		terms.link(articleId, TermKind.THEMES, page.themes());
		insertRelated(articleId, page.relatedIds());
		insertWarnings(articleId, warnings);
		return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.IMPORTED;
	}

	private record Existing(long id, String sha256) {
	}

	private Optional<Existing> existing(String pageId) {
		return jdbc
			.query("select id, source_sha256 from article where page_id = :pageId",
					new MapSqlParameterSource("pageId", pageId),
					(row, n) -> new Existing(row.getLong("id"), row.getString("source_sha256")))
			.stream()
			.findFirst();
	}

	private static MapSqlParameterSource articleFields(String pageId, String sourceFile, String sha256,
			ParsedPage page) {
		return new MapSqlParameterSource("pageId", pageId).addValue("title", page.title())
			.addValue("digestId", page.digestId())
			.addValue("digestDate", page.digestDate())
			.addValue("digestUrl", page.digestUrl())
			.addValue("externalUrl", page.externalUrl())
			.addValue("category", page.category())
			.addValue("type", page.type())
			.addValue("summary", page.summary())
			.addValue("sourceFile", sourceFile)
			.addValue("sha256", sha256);
	}

	private void deleteChildren(long articleId) {
		findings.deleteAll(articleId);
		terms.unlinkAll(articleId);
		MapSqlParameterSource article = new MapSqlParameterSource("article", articleId);
		jdbc.update("delete from article_related where article_id = :article", article);
		jdbc.update("delete from import_warning where article_id = :article", article);
	}

	private void insertRelated(long articleId, List<String> relatedIds) {
		jdbc.batchUpdate("insert into article_related (article_id, position, related_page_id)"
				+ " values (:article, :position, :related)", Batches.positioned(articleId, relatedIds.size(),
						position -> new MapSqlParameterSource("related", relatedIds.get(position))));
	}

	private void insertWarnings(long articleId, List<Problem> warnings) {
		jdbc.batchUpdate("insert into import_warning (article_id, position, section, line, message)"
				+ " values (:article, :position, :section, :line, :message)",
				Batches.positioned(articleId, warnings.size(), position -> {
					Problem warning = warnings.get(position);
					return new MapSqlParameterSource("section", warning.section()).addValue("line", warning.line())
						.addValue("message", warning.message());
				}));
	}

}
