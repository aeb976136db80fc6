package org.signaldigest.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search on the real database, over the sample pages and three pages of the test that use
 * a word no sample page has ("zanzibarite").
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class SearchQueriesTest {

	@Autowired
	SearchQueries queries;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void importTheSamplesAndTestPages() throws IOException {
		SamplePages.copyTo(folder);
		// Older digest: a title match must still rank first.
		page("title-match", "20200101", "Zanzibarite crystals change everything", "A mineral story, told slowly.",
				"| Older mineral signal | more crystals | crystals everywhere | geology |\n"
						+ "| Another signal | less dust | no dust | wind |\n");
		page("summary-match", "20250101", "A quiet week in minerals",
				"Nothing much happened, except one zanzibarite found in a cave by AT&T <img src=x onerror=alert(1)>.",
				"| Plain signal | none | none | none |\n");
		page("row-match", "20250102", "Caves", "Caves are dark.",
				"| Zanzibarite mining | more mines | mines everywhere | demand |\n");
		assertThat(imports.importPaths(List.of(folder), false, ImportListener.NONE).count(ImportOutcome.FAILED))
			.isZero();
	}

	@Test
	void ranksATitleMatchAboveASummaryMention() {
		SearchGroup articles = queries.searchArticles("zanzibarite");

		assertThat(articles.total()).isEqualTo(2);
		assertThat(articles.hits()).extracting(SearchHit::articleId).containsExactly("title-match", "summary-match");
		assertThat(articles.hits().get(0).nameHtml()).isEqualTo("<mark>Zanzibarite</mark> crystals change everything");
	}

	@Test
	void countsTheMatchesOfEachKindAsTheirFullListsDo() {
		List<SearchGroup> groups = queries.search("zanzibarite");

		assertThat(groups).extracting(SearchGroup::path)
			.containsExactly("articles", "signals", "concerns", "behaviors", "technologies", "issues");
		// The row whose name matches, and both rows of the article whose title matches.
		SearchGroup signals = groups.get(1);
		assertThat(signals.total()).isEqualTo(3);
		assertThat(signals.hits().get(0).articleId()).isEqualTo("row-match");
		assertThat(signals.hits().get(0).nameHtml()).isEqualTo("<mark>Zanzibarite</mark> mining");
		assertThat(signals.hits()).extracting(SearchHit::articleId).containsOnly("row-match", "title-match");
		assertThat(groups.subList(2, groups.size())).allSatisfy(group -> {
			assertThat(group.total()).isZero();
			assertThat(group.hits()).isEmpty();
		});
	}

	@Test
	void keepsTenHitsPerKindAndCountsThemAll() {
		SearchGroup articles = queries.searchArticles("ai");
		SearchGroup signals = queries.search(FindingKind.SIGNALS, "ai");

		assertThat(signals.total()).isGreaterThan(10);
		assertThat(signals.hits()).hasSize(10);
		assertThat(articles.total()).isBetween(1L, (long) SamplePages.COUNT);
		assertThat(articles.hits()).hasSize((int) Math.min(10, articles.total()));
	}

	@Test
	void snippetsAreEscapedTextWithTheMatchesMarked() {
		// ts_headline keeps what it does not parse as a whole tag: here "<img src=x
		// onerror=alert".
		SearchHit hit = queries.searchArticles("zanzibarite").hits().get(1);

		assertThat(hit.snippetHtml()).contains("<mark>zanzibarite</mark>")
			.contains("AT&amp;T &lt;img src=x onerror=alert")
			.doesNotContain("<img")
			.doesNotContain("\uE000")
			.doesNotContain("\uE001");
	}

	@Test
	void storedMarkupComesOutEscapedInNamesAndSnippets() {
		// The importer keeps only the text of a title, but stored text may come from
		// anywhere.
		jdbc.sql("update article set title = :title, summary = :summary where page_id = 'title-match'")
			.param("title", "Zanzibarite <script>alert('x')</script> \uE001crystals")
			.param("summary", "<script>alert(1)</script> zanzibarite & <img src=x onerror=alert(1)")
			.update();

		SearchHit hit = queries.searchArticles("zanzibarite").hits().get(0);

		assertThat(hit.articleId()).isEqualTo("title-match");
		assertThat(hit.nameHtml())
			.isEqualTo("<mark>Zanzibarite</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; crystals");
		assertThat(hit.snippetHtml()).contains("<mark>zanzibarite</mark> &amp; &lt;img src=x onerror=alert")
			.doesNotContain("<img")
			.doesNotContain("<script");
	}

	@Test
	void aQueryOfStopWordsOnlyFindsNothing() {
		assertThat(queries.search("the and")).allSatisfy(group -> assertThat(group.total()).isZero());
	}

	private void page(String id, String digest, String title, String summary, String signalRows) throws IOException {
		Files.writeString(folder.resolve(id + ".md"), "# __" + title + "__, from ([" + digest
				+ "](https://example.org/p/" + digest + ").)\n\n## Summary\n\n" + summary
				+ "\n\n## Themes\n\n* minerals\n\n## Signals\n\n| Signal | Change | 10y horizon | Driving force |\n"
				+ "|:--|:--|:--|:--|\n" + signalRows);
	}

}
