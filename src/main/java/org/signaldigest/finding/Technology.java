package org.signaldigest.finding;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/**
 * A row of an article's Technologies table (concerns, behaviors, technologies and issues
 * share one shape).
 */
@Entity
@Immutable
public class Technology extends Finding {

	protected Technology() {
	}

}
