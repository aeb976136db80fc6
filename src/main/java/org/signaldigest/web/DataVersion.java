package org.signaldigest.web;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.signaldigest.importing.ImportFinished;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The version of the data the pages show: when the summaries were last refreshed, which
 * every import that changed something does last. Read from the database at most once a
 * second (digest.page-cache.version-ttl), so that a busy page does not cost one more
 * query per request, and again as soon as an import of this application finished; an
 * import by another process (the command line) shows within a second.
 */
final class DataVersion implements Supplier<String> {

	private final NamedParameterJdbcTemplate jdbc;

	private final long ttlNanos;

	private String version;

	private long readAt;

	DataVersion(NamedParameterJdbcTemplate jdbc, Duration ttl) {
		this.jdbc = jdbc;
		this.ttlNanos = ttl.toNanos();
	}

	@Override
	public synchronized String get() {
		long now = System.nanoTime();
		if (version == null || now - readAt >= ttlNanos) {
			version = jdbc.queryForObject("select refreshed_at::text from collection_stats", Map.of(), String.class);
			readAt = now;
		}
		return version;
	}

	@EventListener(ImportFinished.class)
	synchronized void forget() {
		version = null;
	}

}
