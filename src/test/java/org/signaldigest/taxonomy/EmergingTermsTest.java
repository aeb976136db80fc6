package org.signaldigest.taxonomy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.TestPage;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.TermKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;
import org.signaldigest.taxonomy.EmergingTerms.EmergingTerm;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Emerging terms on the real database. The latest digest is 2023-06-25: its last 12 weeks
 * start after 2023-04-02, the 12 weeks before after 2023-01-08.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class EmergingTermsTest {

	@Autowired
	FilterTerms terms;

	@Autowired
	ImportService imports;

	@Autowired
	EmergingTerms emerging;

	@Test
	void termsCarriedTwiceAsOftenLatelyAndAtLeastFiveTimesEmergeAndAnImportRefreshesThem() {
		List<TestPage> pages = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			pages.add(TestPage.page("new" + i).digest("2023060" + (i + 1)).themes("Edge AI", "Old news"));
		}
		pages.add(TestPage.page("before1").digest("20230301").themes("Edge AI", "Old news"));
		for (int i = 0; i < 3; i++) {
			pages.add(TestPage.page("old" + i).digest("2023031" + i).themes("Old news"));
		}
		pages.add(TestPage.page("latest").digest("20230625").themes("Once"));
		pages.add(TestPage.page("ancient").digest("20220101").themes("Edge AI"));
		TestPage.importAll(imports, pages.toArray(TestPage[]::new));

		assertThat(emerging.top(TermKind.THEMES, terms.resolve(Filter.NONE), 10))
			.extracting(EmergingTerm::slug, EmergingTerm::growth)
			.as("old news: 6 against 4; once: 1 mention")
			.containsExactly(tuple("edge-ai", new Growth(6, 1)));
		assertThat(emerging.slugs(TermKind.THEMES)).containsExactly("edge-ai");

		SamplePages.importPage(imports, SamplePages.DATED_2029);
		assertThat(emerging.top(TermKind.THEMES, terms.resolve(Filter.NONE), 10))
			.as("a page dated 2029, after its import, anchors no window: the last 12 weeks still end on 25 June 2023")
			.extracting(EmergingTerm::slug, EmergingTerm::growth)
			.containsExactly(tuple("edge-ai", new Growth(6, 1)));

		for (int i = 0; i < 5; i++) {
			TestPage.importAll(imports, TestPage.page("sudden" + i).digest("2023062" + i).themes("Sudden"));
		}
		Filter from = TestFilters.parse("from=2023-06-03");

		assertThat(emerging.slugs(TermKind.THEMES)).as("refreshed after an import")
			.containsExactlyInAnyOrder("edge-ai", "sudden");
		assertThat(emerging.top(TermKind.THEMES, terms.resolve(from), 10)).as("edge AI: 4 articles from 3 June")
			.extracting(EmergingTerm::slug)
			.containsExactly("sudden");
	}

}
