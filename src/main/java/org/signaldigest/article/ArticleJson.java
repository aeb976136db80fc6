package org.signaldigest.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;

/**
 * An article with everything imported from its page, as {@code GET /api/articles/{id}}
 * returns it: a stable contract. Its five tables are keyed by their paths ("signals",
 * "concerns"…); rows are in page order; absent values are null.
 */
record ArticleJson(String id, String title, String digestId, LocalDate digestDate, String digestUrl, String externalUrl,
		String category, String type, String summary, List<String> keywords, List<String> themes,
		@JsonAnyGetter Map<String, List<?>> tables, List<String> related, List<String> warnings) {

	record SignalJson(String name, String description, String change, String tenYear, String drivingForce,
			Integer relevancy) {

		static SignalJson of(ArticleFinding signal) {
			return new SignalJson(signal.name(), signal.description(), signal.change(), signal.tenYear(),
					signal.drivingForce(), signal.relevancyValue());
		}

	}

	record FindingJson(String name, String description, Integer relevancy) {

		static FindingJson of(ArticleFinding finding) {
			return new FindingJson(finding.name(), finding.description(), finding.relevancyValue());
		}

	}

	/** Must be called in a transaction: it reads the article's findings. */
	static ArticleJson of(Article article) {
		Map<String, List<?>> tables = new LinkedHashMap<>();
		for (FindingKind kind : FindingKind.values()) {
			List<ArticleFinding> rows = article.findings(kind);
			tables.put(kind.path(), kind.isSignal() ? rows.stream().map(SignalJson::of).toList()
					: rows.stream().map(FindingJson::of).toList());
		}
		return new ArticleJson(article.getPageId(), article.getTitle(), article.getDigestId(), article.getDigestDate(),
				article.getDigestUrl(), article.getExternalUrl(), article.getCategory(), article.getType(),
				article.getSummary(), names(article, TermKind.KEYWORDS), names(article, TermKind.THEMES), tables,
				List.copyOf(article.getRelatedPageIds()), List.copyOf(article.getWarnings()));
	}

	private static List<String> names(Article article, TermKind kind) {
		return article.terms(kind).stream().map(ArticleTerm::name).toList();
	}

}
