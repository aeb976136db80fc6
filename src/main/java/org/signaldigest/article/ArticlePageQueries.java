package org.signaldigest.article;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.signaldigest.article.ArticlePage.Related;
import org.signaldigest.article.ArticlePage.Row;
import org.signaldigest.article.ArticlePage.Table;
import org.signaldigest.article.ArticlePage.Term;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;

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
		List<Table> tables = Arrays.stream(FindingKind.values())
			.map(kind -> new Table(kind.path(), kind.isSignal(),
					a.findings(kind).stream().map(ArticlePageQueries::row).sorted(BY_RELEVANCY).toList()))
			.filter(table -> !table.rows().isEmpty())
			.toList();
		return new ArticlePage(a.getPageId(), a.getTitle(), a.getDigestId(), a.getDigestDate(),
				LocalDate.ofInstant(a.getImportedAt(), ZoneId.systemDefault()), a.getDigestUrl(), a.getExternalUrl(),
				a.getCategory(), a.getType(), a.getSummary(), terms(a, TermKind.KEYWORDS), terms(a, TermKind.THEMES),
				tables, related(a.getRelatedPageIds()), List.copyOf(a.getWarnings()));
	}

	private static List<Term> terms(Article article, TermKind kind) {
		return article.terms(kind).stream().map(term -> new Term(term.slug(), term.name())).toList();
	}

	private static Row row(ArticleFinding f) {
		return new Row(f.position(), f.name(), f.description(), f.change(), f.tenYear(), f.drivingForce(),
				f.relevancyValue());
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
