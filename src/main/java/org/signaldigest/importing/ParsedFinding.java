package org.signaldigest.importing;

/**
 * One row of a Concerns, Behaviors, Technologies or Issues table; any field may be null.
 */
public record ParsedFinding(String name, String description, Integer relevancy) {
}
