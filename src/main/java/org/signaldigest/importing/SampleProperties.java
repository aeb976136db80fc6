package org.signaldigest.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bundled sample pages, imported when the app starts on an empty database.
 *
 * @param loadOnEmptyDatabase whether to import them (turn off with
 * {@code digest.samples.load-on-empty-database=false})
 * @param location where they are, as a resource pattern
 */
@ConfigurationProperties("digest.samples")
record SampleProperties(@DefaultValue("true") boolean loadOnEmptyDatabase,
		@DefaultValue("classpath:samples/*.md") String location) {
}
