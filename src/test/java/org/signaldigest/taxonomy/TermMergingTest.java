package org.signaldigest.taxonomy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.TestPage;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.TermKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signaldigest.TestPage.page;

/**
 * Spellings of one keyword (case, hyphens, a plural last word) are one term, named the
 * same whatever order its pages came in.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class TermMergingTest {

	@Autowired
	ImportService imports;

	@Autowired
	TermQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pluralsAreOneTermNamedByTheMostUsedSpellingThenTheBestCased() {
		TestPage.importAll(imports, page("a").keywords("ai models", "chatbots"), page("b").keywords("AI model"),
				page("c").keywords("AI-models", "Chatbot"), page("d").keywords("AI model"));

		Term model = queries.find(TermKind.KEYWORDS, "ai-model").orElseThrow();
		assertThat(model.name()).isEqualTo("AI model");
		assertThat(model.articles()).isEqualTo(4);
		assertThat(queries.spellings(TermKind.KEYWORDS, model)).containsExactly("AI model", "AI-models", "ai models");
		assertThat(queries.find(TermKind.KEYWORDS, "ai-models")).isEmpty();
		assertThat(queries.find(TermKind.KEYWORDS, "chatbot").orElseThrow().name()).isEqualTo("Chatbot");
		assertThat(jdbc.sql("select count(*) from keyword").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theNameDoesNotDependOnTheOrderOfThePages() {
		TestPage.importAll(imports, page("a").keywords("data privacy"), page("b").keywords("Data Privacy"));
		String forward = queries.find(TermKind.KEYWORDS, "data-privacy").orElseThrow().name();
		org.signaldigest.DatabaseTables.empty(jdbc);

		TestPage.importAll(imports, page("b").keywords("Data Privacy"), page("a").keywords("data privacy"));

		assertThat(queries.find(TermKind.KEYWORDS, "data-privacy").orElseThrow().name()).isEqualTo(forward)
			.isEqualTo("Data Privacy");
	}

}
