package org.signaldigest.home;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.TestPage;
import org.signaldigest.digest.DigestRow;
import org.signaldigest.home.Home.TermCount;
import org.signaldigest.home.Home.TopSignal;
import org.signaldigest.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.signaldigest.TestPage.page;

@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class HomeQueriesTest {

	@Autowired
	HomeQueries queries;

	@Autowired
	ImportService imports;

	@Test
	void countsTopTermsAndTheLatestDigestsMostRelevantSignals() {
		TestPage.importAll(imports,
				page("a").digest("20240101")
					.themes("AI", "Health")
					.keywords("Meta")
					.signal("a-low", 2)
					.signal("a-top", 5)
					.concern("c", 3),
				page("b").digest("20240101")
					.themes("AI")
					.keywords("Meta", "Llama")
					.signal("b-none", null)
					.signal("b-mid", 4),
				page("c").digest("20230101").themes("AI").signal("old-top", 5));

		Home home = queries.home();

		assertThat(home.counts()).containsExactly(entry("articles", 3L), entry("digests", 2L), entry("signals", 5L),
				entry("concerns", 1L), entry("behaviors", 0L), entry("technologies", 0L), entry("issues", 0L),
				entry("keywords", 2L), entry("themes", 2L));
		assertThat(home.latestDigests()).extracting(DigestRow::id).containsExactly("20240101", "20230101");
		assertThat(home.topThemes()).containsExactly(new TermCount("ai", "AI", 3),
				new TermCount("health", "Health", 1));
		assertThat(home.topKeywords()).containsExactly(new TermCount("meta", "Meta", 2),
				new TermCount("llama", "Llama", 1));
		assertThat(home.latestDigest()).isEqualTo("20240101");
		assertThat(home.topSignals()).extracting(TopSignal::name).containsExactly("a-top", "b-mid", "a-low", "b-none");
	}

	@Test
	void anEmptyDatabaseHasNothingToShow() {
		Home home = queries.home();

		assertThat(home.counts()).containsEntry("articles", 0L).containsEntry("digests", 0L);
		assertThat(home.latestDigests()).isEmpty();
		assertThat(home.topSignals()).isEmpty();
	}

}
