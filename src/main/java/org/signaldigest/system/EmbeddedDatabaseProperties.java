package org.signaldigest.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where its data lives, kept across restarts (default
 * {@code ~/.signal-digest/postgres})
 * @param port its port; 0 picks a free one
 */
@ConfigurationProperties("digest.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, @DefaultValue("0") int port) {

	EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of(System.getProperty("user.home"), ".signal-digest", "postgres");
		}
	}

}
