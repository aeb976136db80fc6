package org.signaldigest.finding;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/**
 * A row of an article's Behaviors table (concerns, behaviors, technologies and issues
 * share one shape).
 */
@Entity
@Immutable
public class Behavior extends Finding {

	protected Behavior() {
	}

}
