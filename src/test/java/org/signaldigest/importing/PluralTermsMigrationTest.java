package org.signaldigest.importing;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.signaldigest.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 on a database made before it: spellings of one term are merged, links and names
 * kept.
 */
class PluralTermsMigrationTest {

	@Test
	void termsThatComeToShareASlugAreMergedIntoTheOldestAndNamedByTheirSpellings() {
		TestDatabase database = TestDatabase.get();
		DataSource dataSource = new DriverManagerDataSource(database.newDatabase("v7"), database.username(),
				database.password());
		migrate(dataSource, "6");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (String page : List.of("a", "b", "c")) {
			jdbc.sql(
					"insert into article (page_id, source_file, source_sha256, imported_at, updated_at) values (?, 'f',"
							+ " repeat('0', 64), now(), now())")
				.param(page)
				.update();
		}
		jdbc.sql("insert into keyword (slug, name) values ('ai-models', 'AI models'), ('ai-model', 'AI model'),"
				+ " ('las-vegas', 'Las Vegas')")
			.update();
		link(jdbc, "a", "ai-models", 0);
		link(jdbc, "a", "ai-model", 1);
		link(jdbc, "b", "ai-models", 0);
		link(jdbc, "c", "ai-models", 0);
		link(jdbc, "c", "las-vegas", 1);

		migrate(dataSource, "latest");

		assertThat(jdbc.sql("select id, slug, name from keyword order by id").query().listOfRows())
			.extracting(row -> row.get("slug") + " " + row.get("name"))
			.containsExactly("ai-model AI models", "las-vegas Las Vegas");
		assertThat(jdbc
			.sql("select a.page_id || ' ' || l.spelling from article_keyword l join article a on a.id ="
					+ " l.article_id order by a.page_id, l.position")
			.query(String.class)
			.list()).containsExactly("a AI models", "b AI models", "c AI models", "c Las Vegas");
		assertThat(jdbc.sql("select articles from keyword_stats where slug = 'ai-model'").query(Long.class).single())
			.isEqualTo(3);
	}

	private static void link(JdbcClient jdbc, String page, String slug, int position) {
		jdbc.sql("insert into article_keyword (article_id, keyword_id, position) select a.id, k.id, ? from article a,"
				+ " keyword k where a.page_id = ? and k.slug = ?")
			.params(position, page, slug)
			.update();
	}

	private static void migrate(DataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.javaMigrations(new PluralTermsMigration())
			.target(target)
			.load()
			.migrate();
	}

}
