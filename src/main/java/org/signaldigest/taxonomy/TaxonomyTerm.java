package org.signaldigest.taxonomy;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.signaldigest.parser.Slugs;

/**
 * A keyword or a theme of articles, unique by its {@link Slugs slug}, shown with the
 * first spelling seen.
 */
@MappedSuperclass
public abstract class TaxonomyTerm {

	@Id
	private Long id;

	private String slug;

	private String name;

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
