package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.List;

import org.signaldigest.parser.Problem;

/** The outcome of one page, with every error and warning found on the way. */
public record PageReport(String location, String pageId, ImportOutcome outcome, List<Problem> problems) {

	public PageReport {
		problems = List.copyOf(problems);
	}

	/**
	 * @return this report with one problem more
	 */
	PageReport with(Problem problem) {
		List<Problem> more = new ArrayList<>(problems);
		more.add(problem);
		return new PageReport(location, pageId, outcome, more);
	}

	static PageReport failed(PageSource source, String message) {
		return new PageReport(source.location(), source.pageId(), ImportOutcome.FAILED,
				List.of(Problem.error(null, null, message)));
	}

}
