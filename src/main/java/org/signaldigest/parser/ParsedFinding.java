package org.signaldigest.parser;

/**
 * One row of one of a page's five tables; any field may be null. Only signals have a
 * change, a ten-year outlook and a driving force.
 */
public record ParsedFinding(String name, String description, String change, String tenYear, String drivingForce,
		Integer relevancy) {

	/** A row of a table other than Signals. */
	public ParsedFinding(String name, String description, Integer relevancy) {
		this(name, description, null, null, null, relevancy);
	}

}
