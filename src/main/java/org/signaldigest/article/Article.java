package org.signaldigest.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;

/**
 * One imported digest page, as one aggregate: its fields, related page ids and import
 * warnings (arrays of its row), its terms and its findings (views, V7). Written only by
 * the importer (in SQL, a page at a time), read here: {@link ArticleRepository} reads the
 * row with its terms in one statement, and the findings in a second.
 */
@Entity
@Immutable
class Article {

	@Id
	private Long id;

	private String pageId;

	private String title;

	private String digestId;

	private LocalDate digestDate;

	private String digestUrl;

	private String externalUrl;

	private String category;

	private String type;

	private String summary;

	private String sourceFile;

	@Column(name = "source_sha256")
	private String sourceSha256;

	private Instant importedAt;

	private Instant updatedAt;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> relatedPageIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> warnings;

	@ElementCollection
	@CollectionTable(name = "article_term", joinColumns = @JoinColumn(name = "article_id"))
	@OrderBy("kind, position")
	private List<ArticleTerm> terms;

	@ElementCollection
	@CollectionTable(name = "article_finding", joinColumns = @JoinColumn(name = "article_id"))
	@OrderBy("kind, position")
	private List<ArticleFinding> findings;

	protected Article() {
	}

	String getPageId() {
		return pageId;
	}

	String getTitle() {
		return title;
	}

	String getDigestId() {
		return digestId;
	}

	LocalDate getDigestDate() {
		return digestDate;
	}

	String getDigestUrl() {
		return digestUrl;
	}

	String getExternalUrl() {
		return externalUrl;
	}

	String getCategory() {
		return category;
	}

	String getType() {
		return type;
	}

	String getSummary() {
		return summary;
	}

	Instant getImportedAt() {
		return importedAt;
	}

	/**
	 * @return the ids of the pages under its Closest, in page order
	 */
	List<String> getRelatedPageIds() {
		return relatedPageIds;
	}

	/**
	 * @return what the parser noticed, e.g. "Keywords, line 9: the list was…"
	 */
	List<String> getWarnings() {
		return warnings;
	}

	/**
	 * @return its keywords or its themes, in page order
	 */
	List<ArticleTerm> terms(TermKind kind) {
		return terms.stream().filter(term -> term.kind().equals(kind.path())).toList();
	}

	/**
	 * @return its rows of one of the five tables, in page order
	 */
	List<ArticleFinding> findings(FindingKind kind) {
		return findings.stream().filter(finding -> finding.kind().equals(kind.path())).toList();
	}

}
