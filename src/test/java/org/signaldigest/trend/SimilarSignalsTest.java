package org.signaldigest.trend;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.TestPage;
import org.signaldigest.importing.ImportService;
import org.signaldigest.trend.SimilarSignals.SimilarSignal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The similar signals of an article's signals, on the real database, with the pages of
 * {@link GroupFixture}.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class SimilarSignalsTest {

	@Autowired
	ImportService imports;

	@Autowired
	SimilarSignals similar;

	@Test
	void eachSignalListsTheSimilarSignalsOfOtherArticlesMostSimilarFirst() {
		TestPage.importAll(imports, GroupFixture.first(), GroupFixture.second(), GroupFixture.third(),
				GroupFixture.fourth());

		Map<String, List<SimilarSignal>> lists = similar.forArticle("a1");

		assertThat(lists).containsOnlyKeys("Open-source chatbots rise", "Quantum computing hype");
		assertThat(lists.get("Open-source chatbots rise")).extracting(SimilarSignal::name, SimilarSignal::pageId)
			.containsExactly(tuple("Open source chatbots rise", "a3"), tuple("Rise of open-source chatbots", "a2"));
		assertThat(lists.get("Quantum computing hype")).extracting(SimilarSignal::pageId).containsExactly("a3");
		assertThat(similar.forArticle("a3").get("Hybrid work fatigue")).as("0.48 is under the threshold").isNull();
	}

	@Test
	void atMostFiveAndNeverFromTheSameArticle() {
		TestPage own = TestPage.page("own").signal("Edge AI chips", 4).signal("Edge AI chip", 4);
		TestPage.importAll(imports, own);
		for (int i = 0; i < 7; i++) {
			TestPage.importAll(imports,
					TestPage.page("other" + i).digest("2023040" + (i + 1)).signal("Edge AI chips", 3));
		}

		List<SimilarSignal> list = similar.forArticle("own").get("Edge AI chips");

		assertThat(list).hasSize(SimilarSignals.LIMIT)
			.allSatisfy(s -> assertThat(s.pageId()).startsWith("other"))
			.extracting(SimilarSignal::pageId)
			.as("equally similar: newest digest first")
			.containsExactly("other6", "other5", "other4", "other3", "other2");
	}

}
