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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.Immutable;
import org.signaldigest.finding.Behavior;
import org.signaldigest.finding.Concern;
import org.signaldigest.finding.Issue;
import org.signaldigest.finding.Signal;
import org.signaldigest.finding.Technology;
import org.signaldigest.taxonomy.Keyword;
import org.signaldigest.taxonomy.Theme;

/**
 * One imported digest page. Written only by the importer (in SQL, a page at a time), read
 * here.
 */
@Entity
@Immutable
public class Article {

	/**
	 * The order of article lists, over the alias {@code a}: newest digest first, then
	 * digest id, then page id.
	 */
	public static final String NEWEST_FIRST = "a.digest_date desc nulls last, a.digest_id desc, a.page_id";

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

	@ManyToMany
	@JoinTable(name = "article_keyword", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "keyword_id"))
	@OrderColumn(name = "position")
	private List<Keyword> keywords;

	@ManyToMany
	@JoinTable(name = "article_theme", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	@OrderColumn(name = "position")
	private List<Theme> themes;

	@OneToMany
	@JoinColumn(name = "article_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<Signal> signals;

	@OneToMany
	@JoinColumn(name = "article_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<Concern> concerns;

	@OneToMany
	@JoinColumn(name = "article_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<Behavior> behaviors;

	@OneToMany
	@JoinColumn(name = "article_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<Technology> technologies;

	@OneToMany
	@JoinColumn(name = "article_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<Issue> issues;

	@ElementCollection
	@CollectionTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "related_page_id")
	private List<String> relatedPageIds;

	@ElementCollection
	@CollectionTable(name = "import_warning", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<ImportWarning> warnings;

	protected Article() {
	}

	public Long getId() {
		return id;
	}

	public String getPageId() {
		return pageId;
	}

	public String getTitle() {
		return title;
	}

	public String getDigestId() {
		return digestId;
	}

	public LocalDate getDigestDate() {
		return digestDate;
	}

	public String getDigestUrl() {
		return digestUrl;
	}

	public String getExternalUrl() {
		return externalUrl;
	}

	public String getCategory() {
		return category;
	}

	public String getType() {
		return type;
	}

	public String getSummary() {
		return summary;
	}

	public String getSourceFile() {
		return sourceFile;
	}

	public String getSourceSha256() {
		return sourceSha256;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<Keyword> getKeywords() {
		return keywords;
	}

	public List<Theme> getThemes() {
		return themes;
	}

	public List<Signal> getSignals() {
		return signals;
	}

	public List<Concern> getConcerns() {
		return concerns;
	}

	public List<Behavior> getBehaviors() {
		return behaviors;
	}

	public List<Technology> getTechnologies() {
		return technologies;
	}

	public List<Issue> getIssues() {
		return issues;
	}

	public List<String> getRelatedPageIds() {
		return relatedPageIds;
	}

	public List<ImportWarning> getWarnings() {
		return warnings;
	}

}
