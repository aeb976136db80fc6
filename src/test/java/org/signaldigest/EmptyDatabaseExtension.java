package org.signaldigest;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For test classes that write to the database: each test starts on empty tables, and the
 * class leaves them empty for the next one (the full-app test expects an empty database,
 * as a new user has).
 */
public class EmptyDatabaseExtension implements BeforeEachCallback, AfterAllCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		DatabaseTables.empty(jdbc(context));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		DatabaseTables.empty(jdbc(context));
	}

	private static JdbcClient jdbc(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
	}

}
