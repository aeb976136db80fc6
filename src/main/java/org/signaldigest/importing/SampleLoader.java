package org.signaldigest.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.signaldigest.background.ExclusiveWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation something to browse: imports the bundled sample pages into an
 * empty database, once however many instances start on it together.
 */
@Component
class SampleLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

	private final SampleProperties properties;

	private final ImportService importService;

	private final JdbcClient jdbc;

	private final ResourcePatternResolver resources;

	private final ExclusiveWork exclusive;

	SampleLoader(SampleProperties properties, ImportService importService, JdbcClient jdbc,
			ResourcePatternResolver resources, ExclusiveWork exclusive) {
		this.properties = properties;
		this.importService = importService;
		this.jdbc = jdbc;
		this.resources = resources;
		this.exclusive = exclusive;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.loadOnEmptyDatabase()) {
			exclusive.run("samples", this::loadIntoEmptyDatabase);
		}
	}

	/**
	 * One instance at a time: another that starts on the same empty database waits, then
	 * finds the samples there.
	 */
	private void loadIntoEmptyDatabase() {
		if (jdbc.sql("select exists (select 1 from article)").query(Boolean.class).single()) {
			return;
		}
		ImportSummary summary = importService.importSources(samples(), false, ImportListener.NONE);
		log.info("The database was empty: imported {} sample pages ({} failed)", summary.count(ImportOutcome.IMPORTED),
				summary.count(ImportOutcome.FAILED));
	}

	private List<PageSource> samples() {
		try {
			return Arrays.stream(resources.getResources(properties.location()))
				.map(sample -> new PageSource("samples/" + sample.getFilename(), sample.getFilename(),
						sample::getContentAsByteArray))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
