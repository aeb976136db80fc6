package org.signaldigest.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.signaldigest.article.ArticlePage.Related;
import org.signaldigest.article.ArticlePage.Row;
import org.signaldigest.article.ArticlePage.Table;
import org.signaldigest.article.ArticlePage.Term;
import org.signaldigest.finding.Finding;
import org.signaldigest.finding.Signal;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads what the page of one article shows. */
@Service
@Transactional(readOnly = true)
class ArticlePageQueries {

	/**
	 * Highest relevancy first, rows without relevancy last; ties keep page order (the
	 * sort is stable).
	 */
	static final Comparator<Row> BY_RELEVANCY = Comparator.comparing(Row::relevancy,
			Comparator.nullsLast(Comparator.reverseOrder()));

	private final ArticleRepository articles;

	private final NamedParameterJdbcTemplate jdbc;

	ArticlePageQueries(ArticleRepository articles, NamedParameterJdbcTemplate jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
	}

	Optional<ArticlePage> byId(String pageId) {
		return articles.findByPageId(pageId).map(this::page);
	}

	private ArticlePage page(Article a) {
		List<Table> tables = List.of(new Table("signals", true, rows(a.getSignals(), ArticlePageQueries::signalRow)),
				new Table("concerns", false, rows(a.getConcerns(), ArticlePageQueries::row)),
				new Table("behaviors", false, rows(a.getBehaviors(), ArticlePageQueries::row)),
				new Table("technologies", false, rows(a.getTechnologies(), ArticlePageQueries::row)),
				new Table("issues", false, rows(a.getIssues(), ArticlePageQueries::row)));
		return new ArticlePage(a.getPageId(), a.getTitle(), a.getDigestId(), a.getDigestDate(), a.getDigestUrl(),
				a.getExternalUrl(), a.getCategory(), a.getType(), a.getSummary(),
				a.getKeywords().stream().map(k -> new Term(k.getSlug(), k.getName())).toList(),
				a.getThemes().stream().map(t -> new Term(t.getSlug(), t.getName())).toList(),
				tables.stream().filter(t -> !t.rows().isEmpty()).toList(), related(a.getRelatedPageIds()),
				a.getWarnings().stream().map(ImportWarning::describe).toList());
	}

	private <T> List<Row> rows(List<T> findings, Function<T, Row> mapper) {
		return findings.stream().map(mapper).sorted(BY_RELEVANCY).toList();
	}

	private static Row signalRow(Signal s) {
		return new Row(s.getName(), s.getDescription(), s.getChange(), s.getTenYear(), s.getDrivingForce(),
				s.getRelevancy());
	}

	private static Row row(Finding f) {
		return new Row(f.getName(), f.getDescription(), null, null, null, f.getRelevancy());
	}

	/** The related ids in page order, with the titles of those that are imported. */
	private List<Related> related(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Optional<String>> titles = jdbc
			.query("select page_id, title from article where page_id in (:ids)", Map.of("ids", ids),
					(rs, n) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getString(2))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return ids.stream()
			.map(id -> titles.containsKey(id) ? new Related(id, titles.get(id).orElse(null), true)
					: new Related(id, null, false))
			.toList();
	}

}
