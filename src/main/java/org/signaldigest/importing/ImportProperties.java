package org.signaldigest.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an import run works through its pages.
 *
 * @param threads pages parsed and written at once, each in its own transaction (0: one
 * per processor)
 * @param chunkPages pages read ahead together, whose stored hashes are fetched in one
 * query
 * @param chunkBytes the most bytes read ahead at once
 */
@ConfigurationProperties("digest.import")
record ImportProperties(@DefaultValue("0") int threads, @DefaultValue("256") int chunkPages,
		@DefaultValue("16000000") long chunkBytes) {

	int effectiveThreads() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

}
