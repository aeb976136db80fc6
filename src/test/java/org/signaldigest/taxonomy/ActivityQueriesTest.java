package org.signaldigest.taxonomy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.TestPage;
import org.signaldigest.chart.MonthCount;
import org.signaldigest.chart.MonthRange;
import org.signaldigest.chart.MonthlyCounts;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.TermKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signaldigest.TestPage.page;

/**
 * Articles per month on the real database: the counts behind the charts of the home page,
 * the term pages and the term lists, checked against the pages imported and against the
 * term page's table of articles.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class ActivityQueriesTest {

	private static final MonthRange NOVEMBER_TO_APRIL = new MonthRange(YearMonth.of(2023, 11), YearMonth.of(2024, 4));

	@Autowired
	ActivityQueries activity;

	@Autowired
	TermQueries terms;

	@Autowired
	ImportService imports;

	@Test
	void theRangeRunsFromTheOldestToTheNewestDigestMonthAndAnEmptyCollectionHasNone() {
		assertThat(activity.range()).isEmpty();

		importPages();

		assertThat(activity.range()).hasValue(NOVEMBER_TO_APRIL);
	}

	@Test
	void everyArticleCountsInTheMonthOfItsDigestEveryMonthOfTheRangeThere() {
		importPages();

		MonthlyCounts all = activity.articles(NOVEMBER_TO_APRIL);

		assertThat(all.months()).extracting(MonthCount::count).containsExactly(2L, 0L, 0L, 1L, 0L, 1L);
		assertThat(all.months().get(0).month()).isEqualTo(YearMonth.of(2023, 11));
		assertThat(all.undated()).isEqualTo(1);
	}

	@Test
	void aTermsMonthsAreThoseOfTheArticlesItsPageLists() {
		importPages();

		for (TermKind kind : TermKind.values()) {
			for (TermCount listed : terms.list(kind, TermPrefix.NONE, PageRequest.of(0, 200))) {
				Term term = terms.find(kind, listed.slug()).orElseThrow();
				MonthlyCounts counts = activity.articles(NOVEMBER_TO_APRIL, kind, term.id());

				Map<YearMonth, Long> expected = new HashMap<>();
				long undated = 0;
				for (TermArticle article : terms.articles(kind, term, PageRequest.of(0, 200))) {
					if (article.digestDate() == null) {
						undated++;
					}
					else {
						expected.merge(YearMonth.from(article.digestDate()), 1L, Long::sum);
					}
				}
				assertThat(counts).as(kind + " " + term.slug()).isEqualTo(NOVEMBER_TO_APRIL.fill(expected, undated));
				assertThat(counts.dated() + counts.undated()).isEqualTo(term.articles());
			}
		}
		Term ai = terms.find(TermKind.THEMES, "ai").orElseThrow();
		assertThat(activity.articles(NOVEMBER_TO_APRIL, TermKind.THEMES, ai.id()).months())
			.extracting(MonthCount::count)
			.containsExactly(2L, 0L, 0L, 1L, 0L, 0L);
	}

	@Test
	void theTermsOfAListAreCountedTogetherAsEachAloneInTheOrderGiven() {
		importPages();

		Map<String, MonthlyCounts> themes = activity.articles(NOVEMBER_TO_APRIL, TermKind.THEMES,
				List.of("health", "no-such-theme", "ai"));

		assertThat(themes).containsOnlyKeys("health", "no-such-theme", "ai");
		assertThat(themes.keySet()).containsExactly("health", "no-such-theme", "ai");
		for (String slug : List.of("health", "ai")) {
			assertThat(themes.get(slug)).isEqualTo(activity.articles(NOVEMBER_TO_APRIL, TermKind.THEMES,
					terms.find(TermKind.THEMES, slug).orElseThrow().id()));
		}
		assertThat(themes.get("health").months()).extracting(MonthCount::count).containsExactly(1L, 0L, 0L, 0L, 0L, 1L);
		assertThat(themes.get("no-such-theme")).isEqualTo(NOVEMBER_TO_APRIL.fill(Map.of(), 0));
		assertThat(activity.articles(NOVEMBER_TO_APRIL, TermKind.KEYWORDS, List.of("meta")).get("meta").dated())
			.isEqualTo(2);
		assertThat(activity.articles(NOVEMBER_TO_APRIL, TermKind.KEYWORDS, List.of())).isEmpty();
	}

	@Test
	void aDigestDateAfterTheImportStretchesNoRangeAndCountsWithTheUndated() {
		importPages();
		SamplePages.importPage(imports, SamplePages.DATED_2029);

		assertThat(activity.range()).as("the real page dated 2029-09-11").hasValue(NOVEMBER_TO_APRIL);
		MonthlyCounts all = activity.articles(NOVEMBER_TO_APRIL);
		assertThat(all.months()).extracting(MonthCount::count).containsExactly(2L, 0L, 0L, 1L, 0L, 1L);
		assertThat(all.undated()).isEqualTo(2);
		Term franklin = terms.find(TermKind.THEMES, "benjamin-franklin").orElseThrow();
		MonthlyCounts itsTheme = activity.articles(NOVEMBER_TO_APRIL, TermKind.THEMES, franklin.id());
		assertThat(itsTheme.dated()).isZero();
		assertThat(itsTheme.undated()).isEqualTo(1);
	}

	/**
	 * Four dated articles from November 2023 to April 2024, none in December, January or
	 * March, and one undated.
	 */
	private void importPages() {
		TestPage.importAll(imports, page("a").digest("20231105").themes("AI", "Health").keywords("Meta"),
				page("b").digest("20231120").themes("AI"), page("c").digest("20240210").themes("AI").keywords("Meta"),
				page("d").digest("20240401").themes("Health"), page("e").digest("4320.0").themes("AI", "Health"));
	}

}
