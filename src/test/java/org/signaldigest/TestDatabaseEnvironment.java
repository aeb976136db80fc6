package org.signaldigest;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Points every application context of the tests at the {@link TestDatabase}, ahead of any
 * other setting (so an exported SPRING_DATASOURCE_URL never sends tests to the user's
 * data), and turns the sample import off unless a test asks for it. The cache of rendered
 * pages looks at the version of the data on every request: tests empty and fill the
 * tables behind the app's back, many times a second. The database is made the first time
 * a context reads its URL.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

	/**
	 * The setting by which an application a test starts runs on another database of the
	 * test server ({@link TestDatabase#newDatabase(String)}), whose URL it gives.
	 */
	public static final String OWN_DATABASE_URL = "signal-digest.test.database-url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addFirst(new DatabaseSource(environment.getProperty(OWN_DATABASE_URL)));
		environment.getPropertySources()
			.addLast(new MapPropertySource("signalDigestTestDefaults",
					Map.of("digest.samples.load-on-empty-database", "false", "digest.page-cache.version-ttl", "0s")));
	}

	private static final class DatabaseSource extends PropertySource<Object> {

		private final String ownUrl;

		DatabaseSource(String ownUrl) {
			super("signalDigestTestDatabase", new Object());
			this.ownUrl = ownUrl;
		}

		@Override
		public Object getProperty(String name) {
			return switch (name) {
				case "spring.datasource.url" -> (ownUrl != null) ? ownUrl : TestDatabase.get().url();
				case "spring.datasource.username" -> TestDatabase.get().username();
				case "spring.datasource.password" -> TestDatabase.get().password();
				default -> null;
			};
		}

	}

}
