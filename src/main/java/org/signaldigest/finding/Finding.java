package org.signaldigest.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of one of an article's five tables. Rows keep their place in the page; relevancy
 * is 1 to 5 or absent.
 */
@MappedSuperclass
public abstract class Finding {

	@Id
	private Long id;

	@Column(name = "article_id")
	private Long articleId;

	private int position;

	private String name;

	private String description;

	private Short relevancy;

	public Long getId() {
		return id;
	}

	public Long getArticleId() {
		return articleId;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Integer getRelevancy() {
		return relevancy == null ? null : relevancy.intValue();
	}

}
