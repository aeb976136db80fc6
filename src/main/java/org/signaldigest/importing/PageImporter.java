package org.signaldigest.importing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one page in one transaction: it is parsed, then written whole or not at all. Nothing a page contains
 * escapes as an exception: every failure becomes a {@link PageReport} that says why.
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

	PageReport importPage(PageSource source, boolean dryRun) {
		Optional<String> badId = PageIds.problemWith(source.pageId());
		if (badId.isPresent()) {
			return PageReport.failed(source, badId.get());
		}
		byte[] bytes;
		try {
			bytes = source.content().read();
		}
		catch (PageTooLargeException ex) {
			return PageReport.failed(source, ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			return PageReport.failed(source, "could not read the file: " + ex.getMessage());
		}
		ParseResult parsed = parser.parse(source.fileName(), bytes);
		if (parsed.failed()) {
			return new PageReport(source.location(), source.pageId(), ImportOutcome.FAILED, parsed.problems());
		}
		String sha256 = sha256(bytes);
		try {
			if (dryRun) {
				return report(source, writer.outcomeFor(source.pageId(), sha256), parsed.problems());
			}
			ImportOutcome outcome = transaction.execute(status -> writer.write(source.pageId(), source.location(),
					sha256, parsed.page(), parsed.warnings()));
			return report(source, outcome, parsed.problems());
		}
		catch (DataAccessException ex) {
			List<Problem> problems = new ArrayList<>(parsed.problems());
			problems.add(Problem.error(null, null,
					"the database refused the page, nothing of it was saved: " + ex.getMostSpecificCause().getMessage()));
			return new PageReport(source.location(), source.pageId(), ImportOutcome.FAILED, problems);
		}
	}

	private static PageReport report(PageSource source, ImportOutcome outcome, List<Problem> problems) {
		return new PageReport(source.location(), source.pageId(), outcome, problems);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
