package org.signaldigest.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A keyword of articles, unique by its {@link Slugs slug}, shown with the first spelling seen. */
@Entity
@Immutable
public class Keyword {

	@Id
	private Long id;

	private String slug;

	private String name;

	protected Keyword() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

}
