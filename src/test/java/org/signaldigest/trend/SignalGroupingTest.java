package org.signaldigest.trend;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.TestPage;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signals grouped on import, on the real database, with the pages of
 * {@link GroupFixture}.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class SignalGroupingTest {

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GroupingBackfill backfill;

	@Test
	void nearDuplicateSignalsOfDifferentDigestsFormOneGroupWithItsCounters() {
		importInTurn(GroupFixture.first(), GroupFixture.second(), GroupFixture.third());

		assertThat(members()).isEqualTo(Map.of("open-source chatbots rise", Set.of("a1#0", "a2#0", "a3#2"),
				"quantum computing hype", Set.of("a1#1", "a3#0"), "remote work fatigue", Set.of("a2#1"),
				"hybrid work fatigue", Set.of("a3#1")));
		assertThat(counters("open-source chatbots rise"))
			.isEqualTo("3 mentions, 3 digests, 2023-04-02..2023-04-16, 12/3");
		assertThat(counters("quantum computing hype")).isEqualTo("2 mentions, 2 digests, 2023-04-02..2023-04-16, 7/2");
		assertThat(ungroupedPages()).isZero();
	}

	@Test
	void importingANewPageUpdatesTheGroups() {
		importInTurn(GroupFixture.first(), GroupFixture.second(), GroupFixture.third());

		TestPage.importAll(imports, GroupFixture.fourth());

		assertThat(members()).containsEntry("remote work fatigue", Set.of("a2#1", "a4#0")).hasSize(4);
		assertThat(counters("remote work fatigue")).isEqualTo("2 mentions, 2 digests, 2023-04-09..2023-04-23, 6/2");
		assertThat(groupsCountedWrong()).isZero();
	}

	@Test
	void theSamePagesInAnotherOrderAllInOneRunMakeTheSameGroups() {
		TestPage.importAll(imports, GroupFixture.third(), GroupFixture.fourth(), GroupFixture.second(),
				GroupFixture.first());

		assertThat(Set.copyOf(members().values())).containsExactlyInAnyOrder(Set.of("a1#0", "a2#0", "a3#2"),
				Set.of("a1#1", "a3#0"), Set.of("a2#1", "a4#0"), Set.of("a3#1"));
		assertThat(groupsCountedWrong()).isZero();
	}

	@Test
	void similarSignalsOfOnePageJoinTheGroupTheFirstOneStarts() {
		TestPage.importAll(imports,
				TestPage.page("p")
					.signal("AI regulation push", 3)
					.signal("AI regulation pushback", 3)
					.signal("Quantum sensing", 2));

		assertThat(members())
			.isEqualTo(Map.of("ai regulation push", Set.of("p#0", "p#1"), "quantum sensing", Set.of("p#2")));
	}

	@Test
	void reImportingAChangedPageKeepsTheGroupsOfItsSignalsAndRecountsThem() {
		importInTurn(GroupFixture.first(), GroupFixture.second(), GroupFixture.third());
		Map<String, Long> ids = groupIds();
		TestPage changed = TestPage.page("a2").digest("20230409").signal("Rise of open-source chatbots in Europe", 2);

		var summary = imports.importSources(List.of(changed.source()), false, ImportListener.NONE);

		assertThat(summary.count(ImportOutcome.UPDATED)).isEqualTo(1);
		assertThat(groupIds()).isEqualTo(ids);
		assertThat(members()).containsEntry("open-source chatbots rise", Set.of("a1#0", "a2#0", "a3#2"))
			.containsEntry("remote work fatigue", Set.of());
		assertThat(counters("open-source chatbots rise"))
			.isEqualTo("3 mentions, 3 digests, 2023-04-02..2023-04-16, 10/3");
		assertThat(counters("remote work fatigue")).isEqualTo("0 mentions, 0 digests, null..null, 0/0");
		assertThat(groupsCountedWrong()).isZero();
	}

	@Test
	void pagesLeftUngroupedAreGroupedOnStartOldestDigestFirst() {
		importInTurn(GroupFixture.third(), GroupFixture.second(), GroupFixture.first());
		jdbc.sql("truncate signal_group cascade").update();
		jdbc.sql("insert into ungrouped_article select id from article").update();

		backfill.groupUngroupedPages();

		assertThat(members()).isEqualTo(Map.of("open-source chatbots rise", Set.of("a1#0", "a2#0", "a3#2"),
				"quantum computing hype", Set.of("a1#1", "a3#0"), "remote work fatigue", Set.of("a2#1"),
				"hybrid work fatigue", Set.of("a3#1")));
		assertThat(counters("quantum computing hype")).isEqualTo("2 mentions, 2 digests, 2023-04-02..2023-04-16, 7/2");
		assertThat(ungroupedPages()).isZero();
	}

	/** One run per page: the first page grouped starts the groups, and names them. */
	private void importInTurn(TestPage... pages) {
		for (TestPage page : pages) {
			TestPage.importAll(imports, page);
		}
	}

	/** Each group's members as "pageId#position", by representative. */
	private Map<String, Set<String>> members() {
		Map<String, Set<String>> members = new TreeMap<>();
		jdbc.sql("select g.representative, a.page_id || '#' || m.position from signal_group g"
				+ " left join signal_group_member m on m.group_id = g.id left join article a on a.id = m.article_id")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)))
			.list()
			.forEach(e -> members.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue()));
		members.values().forEach(set -> set.remove(""));
		return members;
	}

	/**
	 * Groups whose counters, kept up to date by each import, are not what counting their
	 * members gives.
	 */
	private long groupsCountedWrong() {
		return jdbc
			.sql("""
					select count(*) from signal_group g, lateral (select count(*) as mentions,
					  count(distinct digest_date) as digests, min(digest_date) as first_seen, max(digest_date) as last_seen,
					  coalesce(sum(relevancy), 0) as relevancy_sum, count(relevancy) as relevancy_count
					  from signal_group_member m where m.group_id = g.id) c
					where (g.mentions, g.digests, g.first_seen, g.last_seen, g.relevancy_sum, g.relevancy_count)
					  is distinct from (c.mentions, c.digests, c.first_seen, c.last_seen, c.relevancy_sum, c.relevancy_count)""")
			.query(Long.class)
			.single();
	}

	private long ungroupedPages() {
		return jdbc.sql("select count(*) from ungrouped_article").query(Long.class).single();
	}

	private Map<String, Long> groupIds() {
		return jdbc.sql("select representative, id from signal_group")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private String counters(String representative) {
		return jdbc
			.sql("select mentions || ' mentions, ' || digests || ' digests, ' || coalesce(first_seen::text, 'null')"
					+ " || '..' || coalesce(last_seen::text, 'null') || ', ' || relevancy_sum || '/' || relevancy_count"
					+ " from signal_group where representative = :r")
			.param("r", representative)
			.query(String.class)
			.single();
	}

}
