package org.signaldigest.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports many pages, one transaction each, and keeps going past failures: the summary
 * lists every page's outcome, in the order of the pages. A run that changed the database
 * ends with an {@link ImportFinished} event.
 */
@Service
public class ImportService {

	private final PageImporter importer;

	private final WrittenPages written;

	private final ImportProperties properties;

	private final ApplicationEventPublisher events;

	ImportService(PageImporter importer, WrittenPages written, ImportProperties properties,
			ApplicationEventPublisher events) {
		this.importer = importer;
		this.written = written;
		this.properties = properties;
		this.events = events;
	}

	/** Imports .md files, folders of them (recursively) and .zip archives of them. */
	public ImportSummary importPaths(List<Path> paths, boolean dryRun, ImportListener listener) {
		try (PageSources sources = PageSources.open(paths)) {
			return importSources(sources.pages(), dryRun, listener, sources.rejected());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports files someone gave (uploads): .md pages and .zip archives of them, read
	 * within the limits.
	 */
	public ImportSummary importFiles(List<NamedFile> files, ReadLimits limits, boolean dryRun,
			ImportListener listener) {
		try (PageSources sources = PageSources.open(files, limits)) {
			return importSources(sources.pages(), dryRun, listener, sources.rejected());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ImportSummary importSources(List<PageSource> sources, boolean dryRun, ImportListener listener) {
		return importSources(sources, dryRun, listener, List.of());
	}

	private ImportSummary importSources(List<PageSource> sources, boolean dryRun, ImportListener listener,
			List<PageReport> rejected) {
		long start = System.nanoTime();
		try (ImportPipeline run = new ImportPipeline(importer, written.newRun(), properties, dryRun, listener,
				rejected.size() + sources.size())) {
			rejected.forEach(run::report);
			run.importAll(sources);
			ImportSummary summary = new ImportSummary(run.reports(), Duration.ofNanos(System.nanoTime() - start));
			if (!dryRun && summary.count(ImportOutcome.IMPORTED) + summary.count(ImportOutcome.UPDATED) > 0) {
				events.publishEvent(new ImportFinished(summary));
			}
			return summary;
		}
	}

}
