package org.signaldigest.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered pages ({@link PageCacheFilter});
 * {@code digest.page-cache.enabled=false} turns it off.
 *
 * @param maxSize the most the cached pages may take in memory, the least recently used
 * going first
 * @param maxPageSize the largest page cached
 * @param versionTtl how long the version of the data read from the database is trusted
 * ({@link DataVersion})
 */
@ConfigurationProperties("digest.page-cache")
record PageCacheProperties(@DefaultValue("32MB") DataSize maxSize, @DefaultValue("1MB") DataSize maxPageSize,
		@DefaultValue("1s") Duration versionTtl) {
}
