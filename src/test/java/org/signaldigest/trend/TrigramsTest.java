package org.signaldigest.trend;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grouping compares names in memory: its trigram similarity must be pg_trgm's,
 * checked on the real database.
 */
@DatabaseTest
class TrigramsTest {

	private static final List<String> NAMES = List.of("Open-source chatbots rise", "Rise of open-source chatbots",
			"Open source chatbots rise", "Quantum computing hype", "Quantum-computing hype cycle", "GPT-4o release",
			"GPT 4 release", "AI", "a", "", "—", "x_y z", "Remote work fatigue", "Hybrid work fatigue",
			"Café crème économie", "Cafe creme economie", "Naïve AI agents", "Ã©tÃ© AI agents", "Straße der KI",
			"人工智能 growth", "🚀 launch of AI rockets", "AI  regulation   push", "AI regulation pushback");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSimilarityOfEveryPairOfNamesIsPgTrgmsOwn() {
		List<String> lowered = jdbc
			.sql("select lower(n) from unnest(:names::text[]) with ordinality as t(n, i) order by i")
			.param("names", NAMES.toArray(String[]::new))
			.query(String.class)
			.list();
		List<String> expected = new ArrayList<>();
		List<String> actual = new ArrayList<>();
		for (String a : lowered) {
			for (String b : lowered) {
				float database = jdbc.sql("select similarity(:a, :b)")
					.param("a", a)
					.param("b", b)
					.query(Float.class)
					.single();
				expected.add(a + " ~ " + b + " = " + database);
				actual.add(a + " ~ " + b + " = " + Trigrams.similarity(Trigrams.of(a), Trigrams.of(b)));
			}
		}

		assertThat(actual).containsExactlyElementsOf(expected);
	}

	@Test
	void aNameHasTheDistinctTrigramsOfItsPaddedWords() {
		assertThat(Trigrams.of("ab, ab!")).hasSize(3);
		assertThat(Trigrams.of("—")).isEmpty();
		assertThat(Trigrams.similarity(Trigrams.of("ab"), Trigrams.of("ab ab"))).isEqualTo(1f);
	}

}
