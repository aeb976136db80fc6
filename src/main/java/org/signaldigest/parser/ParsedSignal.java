package org.signaldigest.parser;

/** One row of a page's Signals table; any field may be null. */
public record ParsedSignal(String name, String description, String change, String tenYear, String drivingForce,
		Integer relevancy) {
}
