package org.signaldigest.taxonomy;

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
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.TermKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyword and theme queries on the real database, over the sample pages. Expected counts
 * come from the pages: "artificial intelligence" is a theme of 000_7dbf54652c1df20c and
 * 27739562162, "data privacy" of 000_7dbf54652c1df20c and
 * 002ee663c73c7add6ce2cabe29e4ae02 (as "Data privacy"), and no other sample page carries
 * either.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class TermQueriesTest {

	@Autowired
	TermQueries queries;

	@Autowired
	ImportService imports;

	@TempDir
	Path folder;

	@BeforeEach
	void importTheSamples() {
		SamplePages.importAll(imports);
	}

	@Test
	void countsTheArticlesOfEachTermMostUsedFirst() {
		Page<TermCount> themes = queries.list(TermKind.THEMES, TermPrefix.NONE, PageRequest.of(0, 200));

		assertThat(themes.getContent()).startsWith(
				new TermCount("artificial-intelligence", "artificial intelligence", 2),
				new TermCount("data-privacy", "Data privacy", 2));
		assertThat(themes.getContent().subList(2, themes.getContent().size()))
			.allSatisfy(term -> assertThat(term.articles()).isEqualTo(1));
		assertThat(themes.getTotalElements()).isEqualTo(themes.getContent().size()).isGreaterThan(50);
		assertThat(queries.find(TermKind.THEMES, "artificial-intelligence"))
			.hasValueSatisfying(term -> assertThat(term.articles()).isEqualTo(2));
		assertThat(queries.find(TermKind.KEYWORDS, "ai")).hasValueSatisfying(term -> {
			assertThat(term.name()).isEqualTo("AI");
			assertThat(term.articles()).isEqualTo(2);
		});
		assertThat(queries.find(TermKind.THEMES, "no-such-theme")).isEmpty();
	}

	@Test
	void sortsByNameOrCountAndPages() {
		Page<TermCount> byName = queries.list(TermKind.THEMES, TermPrefix.NONE, PageRequest.of(0, 3, Sort.by("name")));
		Page<TermCount> secondPage = queries.list(TermKind.THEMES, TermPrefix.NONE,
				PageRequest.of(1, 3, Sort.by("name")));
		Page<TermCount> fewestFirst = queries.list(TermKind.THEMES, TermPrefix.NONE,
				PageRequest.of(0, 200, Sort.by(Sort.Direction.ASC, "count")));

		assertThat(byName.getContent()).extracting(TermCount::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(byName.getContent().get(0).name()).isEqualTo("academic satire");
		assertThat(secondPage.getContent().get(0).name().toLowerCase())
			.isGreaterThan(byName.getContent().get(2).name().toLowerCase());
		assertThat(fewestFirst.getContent().get(fewestFirst.getContent().size() - 1).articles()).isEqualTo(2);
		assertThat(fewestFirst.getContent().get(0).articles()).isEqualTo(1);
	}

	@Test
	void filtersOnANamePrefixInAnyCaseMatchingTheSlugOrTheName() {
		assertThat(names(new TermPrefix("da"))).containsExactly("Data privacy", "data security");
		assertThat(names(new TermPrefix("DATA P"))).containsExactly("Data privacy");
		assertThat(names(new TermPrefix("data-p"))).containsExactly("Data privacy");
		assertThat(names(new TermPrefix("zzz"))).isEmpty();
		assertThat(queries.list(TermKind.THEMES, new TermPrefix("da"), PageRequest.of(0, 1)).getTotalElements())
			.isEqualTo(2);
	}

	@Test
	void listsTheTermsSeenTogetherMostOften() throws IOException {
		Files.writeString(folder.resolve("cooccurrence-test.md"), """
				# __AI and privacy again__, from ([20250101](https://example.org/p/20250101).)

				## Summary

				A page of the test, sharing two themes with a sample page.

				## Themes

				* Artificial Intelligence
				* data privacy
				* robots
				""");
		imports.importPaths(List.of(folder), false, ImportListener.NONE);
		Term ai = queries.find(TermKind.THEMES, "artificial-intelligence").orElseThrow();

		List<TermCount> related = queries.coOccurring(TermKind.THEMES, ai);

		assertThat(ai.articles()).isEqualTo(3);
		assertThat(related.get(0)).isEqualTo(new TermCount("data-privacy", "data privacy", 2));
		assertThat(related.subList(1, related.size())).extracting(TermCount::articles).containsOnly(1L);
		assertThat(related).extracting(TermCount::slug)
			.contains("terms-of-service", "homomorphic-encryption", "robot")
			.doesNotContain("artificial-intelligence")
			.hasSize(2 + 4 + 1);
	}

	@Test
	void showsATermsArticlesNewestFirstAndTheirMostRelevantSignals() {
		Term ai = queries.find(TermKind.THEMES, "artificial-intelligence").orElseThrow();

		Page<TermArticle> articles = queries.articles(TermKind.THEMES, ai, PageRequest.of(0, 50));
		List<TermSignal> signals = queries.topSignals(TermKind.THEMES, ai);

		assertThat(articles.getContent()).extracting(TermArticle::pageId)
			.containsExactly("27739562162", "000_7dbf54652c1df20c");
		assertThat(articles.getContent().get(0).digestDate()).isAfter(articles.getContent().get(1).digestDate());
		assertThat(signals).hasSizeLessThanOrEqualTo(10).isNotEmpty();
		assertThat(signals).extracting(TermSignal::articleId)
			.containsAnyOf("000_7dbf54652c1df20c", "27739562162")
			.allMatch(id -> id.equals("000_7dbf54652c1df20c") || id.equals("27739562162"));
		assertThat(signals).extracting(s -> s.relevancy() == null ? 0 : s.relevancy())
			.isSortedAccordingTo((a, b) -> b - a);
	}

	private List<String> names(TermPrefix prefix) {
		return queries.list(TermKind.THEMES, prefix, PageRequest.of(0, 200, Sort.by("name")))
			.map(TermCount::name)
			.getContent();
	}

}
