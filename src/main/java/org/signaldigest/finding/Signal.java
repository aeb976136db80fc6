package org.signaldigest.finding;

import jakarta.persistence.Entity;

import org.hibernate.annotations.Immutable;

/**
 * A row of an article's signals table: a change seen now, and where it may lead in ten
 * years.
 */
@Entity
@Immutable
public class Signal extends Finding {

	private String change;

	private String tenYear;

	private String drivingForce;

	protected Signal() {
	}

	public String getChange() {
		return change;
	}

	public String getTenYear() {
		return tenYear;
	}

	public String getDrivingForce() {
		return drivingForce;
	}

}
