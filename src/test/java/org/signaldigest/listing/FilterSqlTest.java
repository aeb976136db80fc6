package org.signaldigest.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.signaldigest.kind.TermKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL every filter derives from its description, over rows and over articles. */
class FilterSqlTest {

	private static final ResolvedFilter EVERY_FILTER = new ResolvedFilter(TestFilters.parse(
			"q=open chatbots&minRelevancy=4&relevancy=4&relevancy=5&theme=ai&theme=unknown&keyword=zoom&category=technology"
					+ "&type=news&from=2023-01-01&to=2023-12-31"),
			Map.of(TermKind.THEMES, Map.of("ai", new ResolvedFilter.Term(7, "AI")), TermKind.KEYWORDS,
					Map.of("zoom", new ResolvedFilter.Term(9, "Zoom"))));

	@Test
	void everyFilterIsAConditionOnTheRowsWithItsValueBound() {
		FilterSql sql = FilterSql.forRows(EVERY_FILTER);

		assertThat(sql.where()).isEqualTo(" where f.search @@ websearch_to_tsquery('english', :q)"
				+ " and f.relevancy >= :minRelevancy and f.relevancy in (:relevancy)"
				+ " and exists (select 1 from article_theme l where l.article_id = f.article_id and l.theme_id = :theme0)"
				+ " and false"
				+ " and exists (select 1 from article_keyword l where l.article_id = f.article_id and l.keyword_id = :keyword0)"
				+ " and a.category = :category and a.type = :type and f.digest_date >= :from and f.digest_date <= :to");
		assertThat(sql.parameters().getValues()).containsEntry("q", "open chatbots")
			.containsEntry("minRelevancy", 4)
			.containsEntry("relevancy", List.of(4, 5))
			.containsEntry("theme0", 7L)
			.containsEntry("keyword0", 9L)
			.containsEntry("category", "technology")
			.containsEntry("from", LocalDate.of(2023, 1, 1));
		assertThat(sql.needsArticle()).isTrue();
		assertThat(sql.onlyRelevancy()).isFalse();
	}

	@Test
	void articlesAreFilteredOnTheirOwnColumnsAndRefuseRelevancy() {
		FilterSql sql = FilterSql.forArticles(EVERY_FILTER.forArticles());

		assertThat(sql.where())
			.startsWith(" where a.search @@ websearch_to_tsquery('english', :q) and exists (select 1"
					+ " from article_theme l where l.article_id = a.id and l.theme_id = :theme0)")
			.endsWith(" and a.digest_date <= :to")
			.doesNotContain("relevancy");
		assertThat(sql.needsArticle()).isFalse();
		assertThatThrownBy(() -> FilterSql.forArticles(EVERY_FILTER)).isInstanceOf(BadParameterException.class)
			.hasMessageContaining("minRelevancy, relevancy: articles have no relevancy");
	}

	@Test
	void relevancyAloneOrNothingNeedsNoArticle() {
		assertThat(FilterSql.forRows(TestFilters.unresolved("minRelevancy=3")).onlyRelevancy()).isTrue();
		FilterSql none = FilterSql.forRows(ResolvedFilter.NONE);
		assertThat(none.onlyRelevancy()).isTrue();
		assertThat(none.where()).isEmpty();
		assertThat(none.and()).isEmpty();
		assertThat(none.needsArticle()).isFalse();
	}

	@Test
	void blankValuesAreNoFilterAndTextIsStripped() {
		Filter filter = TestFilters.parse("q=%20%20&category=%20technology%20&theme=&theme=ai&theme=ai");

		assertThat(filter.active()).extracting(active -> active.field().name(), Filter.Active::values)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("theme", List.of("ai")),
					org.assertj.core.groups.Tuple.tuple("category", List.of("technology")));
		assertThat(TestFilters.parse("q=&category=%20").isEmpty()).isTrue();
	}

	@Test
	void theFieldsDescribeTheFormFromTheRecord() {
		assertThat(Filter.FIELDS).extracting(FilterField::name)
			.containsExactly("q", "minRelevancy", "relevancy", "theme", "keyword", "category", "type", "from", "to",
					"unconfirmedDate");
		FilterField q = Filter.FIELDS.get(0);
		assertThat(q.maxLength()).isEqualTo(200);
		assertThat(q.labelKey()).isEqualTo("filter.q");
		assertThat(Filter.FIELDS.get(3).repeatable()).isTrue();
		assertThat(Filter.NONE.with("theme", "ai").with("minRelevancy", 4).without(f -> f.condition().rowsOnly()))
			.isEqualTo(TestFilters.parse("theme=ai"));
	}

}
