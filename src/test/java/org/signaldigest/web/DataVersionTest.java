package org.signaldigest.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.signaldigest.DatabaseTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version of the data, on the real database: trusted for its time, read again after
 * an import.
 */
@DatabaseTest
class DataVersionTest {

	@Autowired
	NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void isReadOnceForItsTimeAndAgainWhenAnImportFinished() {
		DataVersion version = new DataVersion(namedJdbc, Duration.ofHours(1));
		String before = version.get();

		jdbc.sql("refresh materialized view collection_stats").update();

		assertThat(version.get()).isEqualTo(before);
		version.forget();
		assertThat(version.get()).isNotEqualTo(before)
			.isEqualTo(jdbc.sql("select refreshed_at::text from collection_stats").query(String.class).single());
	}

}
