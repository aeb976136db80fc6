package org.signaldigest.parser;

import java.util.List;

/**
 * The outcome of parsing one page.
 *
 * @param page the parsed page, or null when any problem is an ERROR
 * @param problems every error and warning, in the order they were found
 */
public record ParseResult(ParsedPage page, List<Problem> problems) {

	public ParseResult {
		problems = problems == null ? List.of() : List.copyOf(problems);
		if (problems.stream().anyMatch(Problem::isError)) {
			page = null;
		}
	}

	public boolean failed() {
		return problems.stream().anyMatch(Problem::isError);
	}

	public List<Problem> errors() {
		return problems.stream().filter(Problem::isError).toList();
	}

	public List<Problem> warnings() {
		return problems.stream().filter(p -> !p.isError()).toList();
	}
}
