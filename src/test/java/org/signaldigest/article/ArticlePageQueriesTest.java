package org.signaldigest.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.StatementCounter;
import org.signaldigest.TestPage;
import org.signaldigest.article.ArticlePage.Related;
import org.signaldigest.article.ArticlePage.Row;
import org.signaldigest.article.ArticlePage.Table;
import org.signaldigest.article.ArticlePage.Term;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signaldigest.TestPage.page;

/** The page of one article on the real database. */
@DatabaseTest
@Import(StatementCounter.class)
@ExtendWith(EmptyDatabaseExtension.class)
class ArticlePageQueriesTest {

	@Autowired
	StatementCounter statements;

	@Autowired
	ArticlePageQueries pages;

	@Autowired
	ImportService imports;

	@Test
	void tablesAreInRelevancyOrderWithRowsWithoutRelevancyLastThenInPageOrder() {
		TestPage.importAll(imports,
				page("a").signal("s-none", null)
					.signal("s3", 3)
					.signal("s5", 5)
					.signal("s3-second", 3)
					.signal("s-none-second", null)
					.signal("s1", 1)
					.concern("c2", 2)
					.concern("c-none", null)
					.concern("c4", 4));

		ArticlePage page = pages.byId("a").orElseThrow();

		assertThat(page.tables()).extracting(Table::kind).containsExactly("signals", "concerns");
		assertThat(page.tables().get(0).rows()).extracting(Row::name)
			.containsExactly("s5", "s3", "s3-second", "s1", "s-none", "s-none-second");
		assertThat(page.tables().get(0).rows()).extracting(Row::relevancy).containsExactly(5, 3, 3, 1, null, null);
		assertThat(page.tables().get(0).rows().get(0))
			.isEqualTo(new Row(2, "s5", "about s5", "change of s5", "s5 in ten years", "force of s5", 5));
		assertThat(page.tables().get(1).rows()).extracting(Row::name).containsExactly("c4", "c2", "c-none");
		assertThat(page.tables().get(1).signal()).isFalse();
	}

	@Test
	void loadsTermsRelatedPagesAndWarnings() {
		TestPage.importAll(imports,
				page("a").title("First")
					.digest("4320.0")
					.keywords("Llama", "Meta AI")
					.themes("Open source")
					.related("b", "not-imported"),
				page("b").title("Second"));

		ArticlePage page = pages.byId("a").orElseThrow();

		assertThat(page.title()).isEqualTo("First");
		assertThat(page.digestId()).isEqualTo("4320.0");
		assertThat(page.digestDate()).isNull();
		assertThat(page.keywords()).containsExactly(new Term("llama", "Llama"), new Term("meta-ai", "Meta AI"));
		assertThat(page.themes()).containsExactly(new Term("open-source", "Open source"));
		assertThat(page.related()).containsExactly(new Related("b", "Second", true),
				new Related("not-imported", null, false));
		assertThat(page.tables()).isEmpty();
		assertThat(page.warnings()).isNotEmpty().anySatisfy(w -> assertThat(w).contains("4320.0"));
		assertThat(pages.byId("c")).isEmpty();
	}

	@Test
	void theWholeArticleTakesThreeStatements() {
		TestPage.importAll(imports,
				page("a").keywords("Llama", "Meta AI")
					.themes("Open source")
					.signal("s", 3)
					.concern("c", 2)
					.row(FindingKind.BEHAVIORS, "b", 1)
					.row(FindingKind.TECHNOLOGIES, "t", 4)
					.row(FindingKind.ISSUES, "i", 5)
					.related("b"),
				page("b"));

		int before = statements.count();
		ArticlePage page = pages.byId("a").orElseThrow();

		assertThat(statements.count() - before).as("article and terms, findings, related titles").isEqualTo(3);
		assertThat(page.tables()).hasSize(5);
		assertThat(page.keywords()).hasSize(2);
		assertThat(page.related()).hasSize(1);
	}

}
