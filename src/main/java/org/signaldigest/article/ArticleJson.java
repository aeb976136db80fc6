package org.signaldigest.article;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.signaldigest.finding.Finding;
import org.signaldigest.finding.Signal;
import org.signaldigest.taxonomy.Keyword;
import org.signaldigest.taxonomy.Theme;

/**
 * An article with everything imported from its page, as {@code GET /api/articles/{id}}
 * returns it: a stable contract. Rows are in page order; absent values are null.
 */
record ArticleJson(String id, String title, String digestId, LocalDate digestDate, String digestUrl, String externalUrl,
		String category, String type, String summary, List<String> keywords, List<String> themes,
		List<SignalJson> signals, List<FindingJson> concerns, List<FindingJson> behaviors,
		List<FindingJson> technologies, List<FindingJson> issues, List<String> related, List<String> warnings) {

	record SignalJson(String name, String description, String change, String tenYear, String drivingForce,
			Integer relevancy) {

		static SignalJson of(Signal signal) {
			return new SignalJson(signal.getName(), signal.getDescription(), signal.getChange(), signal.getTenYear(),
					signal.getDrivingForce(), signal.getRelevancy());
		}

	}

	record FindingJson(String name, String description, Integer relevancy) {

		static FindingJson of(Finding finding) {
			return new FindingJson(finding.getName(), finding.getDescription(), finding.getRelevancy());
		}

	}

	/** Must be called in a transaction: it reads the article's collections. */
	static ArticleJson of(Article article) {
		return new ArticleJson(article.getPageId(), article.getTitle(), article.getDigestId(), article.getDigestDate(),
				article.getDigestUrl(), article.getExternalUrl(), article.getCategory(), article.getType(),
				article.getSummary(), map(article.getKeywords(), Keyword::getName),
				map(article.getThemes(), Theme::getName), map(article.getSignals(), SignalJson::of),
				map(article.getConcerns(), FindingJson::of), map(article.getBehaviors(), FindingJson::of),
				map(article.getTechnologies(), FindingJson::of), map(article.getIssues(), FindingJson::of),
				List.copyOf(article.getRelatedPageIds()), map(article.getWarnings(), ImportWarning::describe));
	}

	private static <T, R> List<R> map(List<T> items, Function<T, R> mapper) {
		return items.stream().map(mapper).toList();
	}

}
