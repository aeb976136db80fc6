package org.signaldigest.finding;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/**
 * A row of an article's Concerns table (concerns, behaviors, technologies and issues
 * share one shape).
 */
@Entity
@Immutable
public class Concern extends Finding {

	protected Concern() {
	}

}
