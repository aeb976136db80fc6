package org.signaldigest.taxonomy;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/** A keyword of articles (see {@link TaxonomyTerm}). */
@Entity
@Immutable
public class Keyword extends TaxonomyTerm {

	protected Keyword() {
	}

}
