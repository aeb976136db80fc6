package org.signaldigest;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data isolation: every test that writes starts from empty tables. */
public final class DatabaseTables {

	private DatabaseTables() {
	}

	public static void empty(JdbcClient jdbc) {
		jdbc.sql("truncate article, keyword, theme, import_run, signal_group restart identity cascade").update();
	}

	public static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
