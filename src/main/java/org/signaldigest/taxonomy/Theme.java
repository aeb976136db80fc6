package org.signaldigest.taxonomy;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/** A theme of articles (see {@link TaxonomyTerm}). */
@Entity
@Immutable
public class Theme extends TaxonomyTerm {

	protected Theme() {
	}

}
