package org.signaldigest.finding;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/**
 * A row of an article's Issues table (concerns, behaviors, technologies and issues share
 * one shape).
 */
@Entity
@Immutable
public class Issue extends Finding {

	protected Issue() {
	}

}
