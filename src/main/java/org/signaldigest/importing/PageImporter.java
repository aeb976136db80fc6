package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.signaldigest.parser.MarkdownPageParser;
import org.signaldigest.parser.ParseResult;
import org.signaldigest.parser.Problem;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one page in one transaction: it is parsed, then written whole or not at all.
 * Nothing a page contains escapes as an exception: every failure becomes a
 * {@link PageReport} that says why. (Its signals are grouped afterwards, with the other
 * pages of its chunk: {@link ImportPipeline}.)
 */
@Component
class PageImporter {

	private final MarkdownPageParser parser;

	private final ArticleWriter writer;

	private final TransactionTemplate transaction;

	PageImporter(MarkdownPageParser parser, ArticleWriter writer, TransactionTemplate transaction) {
		this.parser = parser;
		this.writer = writer;
		this.transaction = transaction;
	}

	/**
	 * Parses a page that was read and writes it (or, on a dry run, says what writing it
	 * would do).
	 */
	PageReport importPage(LoadedPage page, boolean dryRun) {
		if (!page.readable()) {
			return page.failure();
		}
		PageSource source = page.source();
		ParseResult parsed = parser.parse(source.fileName(), page.bytes());
		if (parsed.failed()) {
			return report(source, ImportOutcome.FAILED, parsed.problems());
		}
		try {
			if (dryRun) {
				return report(source, writer.outcomeFor(source.pageId(), page.sha256()), parsed.problems());
			}
			ImportOutcome outcome = transaction.execute(status -> writer.write(source.pageId(), source.location(),
					page.sha256(), parsed.page(), parsed.warnings()));
			return report(source, outcome, parsed.problems());
		}
		catch (DataAccessException ex) {
			List<Problem> problems = new ArrayList<>(parsed.problems());
			problems.add(Problem.error(null, null, "the database refused the page, nothing of it was saved: "
					+ ex.getMostSpecificCause().getMessage()));
			return report(source, ImportOutcome.FAILED, problems);
		}
	}

	/**
	 * @return the stored SHA-256 of those of these pages that were imported before, by
	 * page id
	 */
	Map<String, String> storedHashes(Collection<String> pageIds) {
		return writer.storedHashes(pageIds);
	}

	private static PageReport report(PageSource source, ImportOutcome outcome, List<Problem> problems) {
		return new PageReport(source.location(), source.pageId(), outcome, problems);
	}

}
