package org.signaldigest.parser;

/**
 * One row of a Concerns, Behaviors, Technologies or Issues table; any field may be null.
 */
public record ParsedFinding(String name, String description, Integer relevancy) {
}
