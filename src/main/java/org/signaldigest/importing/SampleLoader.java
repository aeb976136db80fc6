package org.signaldigest.importing;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation something to browse: imports the bundled sample pages into an
 * empty database.
 */
@Component
class SampleLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

	private final SampleProperties properties;

	private final ImportService importService;

	private final JdbcClient jdbc;

	private final ResourcePatternResolver resources;

	SampleLoader(SampleProperties properties, ImportService importService, JdbcClient jdbc,
			ResourcePatternResolver resources) {
		this.properties = properties;
		this.importService = importService;
		this.jdbc = jdbc;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!properties.loadOnEmptyDatabase()
				|| jdbc.sql("select exists (select 1 from article)").query(Boolean.class).single()) {
			return;
		}
		List<PageSource> samples = Arrays.stream(resources.getResources(properties.location()))
			.map(sample -> new PageSource("samples/" + sample.getFilename(), sample.getFilename(),
					sample::getContentAsByteArray))
			.toList();
		ImportSummary summary = importService.importSources(samples, false, ImportListener.NONE);
		log.info("The database was empty: imported {} sample pages ({} failed)", summary.count(ImportOutcome.IMPORTED),
				summary.count(ImportOutcome.FAILED));
	}

}
