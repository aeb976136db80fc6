package org.signaldigest.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementProfileTest {

	private static final List<StatementStat> TEN_REQUESTS = List.of(new StatementStat("BEGIN", 20, 0.5, 0),
			new StatementStat("select count(*) from signal f join article a on a.id = f.article_id", 10, 40, 10),
			new StatementStat("select f.id, a.page_id from signal f join article a on a.id = f.article_id\n"
					+ " order by f.relevancy desc limit $1 offset $2", 10, 30, 500),
			new StatementStat("select term.slug, term.name, count(*) from signal f group by term.slug", 20, 60, 200),
			new StatementStat("commit", 20, 0.2, 0), new StatementStat("SET application_name = 'x'", 1, 0.1, 0),
			new StatementStat("select $1", 10, 0.1, 10));

	@Test
	void mainQueryIsTheStatementWithTheLargestTotalTimeWhateverItsCalls() {
		StatementProfile profile = StatementProfile.of(TEN_REQUESTS, 10);
		assertThat(profile.mainQuery().query()).startsWith("select term.slug");
		assertThat(profile.mainQueryMsPerRequest()).isEqualTo(6);
	}

	@Test
	void perRequestFiguresLeaveTransactionControlOut() {
		StatementProfile profile = StatementProfile.of(TEN_REQUESTS, 10);
		assertThat(profile.statements()).hasSize(3);
		assertThat(profile.statementsPerRequest()).isEqualTo(4);
		assertThat(profile.sqlMsPerRequest()).isEqualTo(13);
	}

	@Test
	void selectsThatMerelyLookLikeTransactionControlCount() {
		StatementProfile profile = StatementProfile.of(List.of(new StatementStat("select settings from x", 1, 1, 1),
				new StatementStat("select $1 as one, name from t", 1, 1, 1)), 1);
		assertThat(profile.statements()).hasSize(2);
	}

	@Test
	void noStatementsMeansNoMainQuery() {
		StatementProfile profile = StatementProfile.of(List.of(new StatementStat("commit", 3, 0.1, 0)), 3);
		assertThat(profile.mainQuery()).isNull();
		assertThat(profile.mainQueryMsPerRequest()).isNaN();
		assertThat(profile.sqlMsPerRequest()).isZero();
	}

	@Test
	void jsonGivesEveryStatementOnOneLine() {
		StatementProfile profile = StatementProfile.of(TEN_REQUESTS, 10);
		assertThat(profile.json().get("mainQuery").toString()).doesNotContain("\n");
		assertThat((List<?>) profile.json().get("statements")).hasSize(3);
	}

}
