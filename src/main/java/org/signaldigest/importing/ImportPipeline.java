package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.signaldigest.parser.Problem;

import org.springframework.dao.DataAccessException;

/**
 * One run over many pages. Pages are read ahead in chunks; the stored hashes of a chunk's
 * pages come in one query, so an unchanged page costs no parsing and no transaction. The
 * others are parsed and written by a few threads at once (each page in its own
 * transaction, as always); then what derives from the chunk's written pages (signal
 * groups) is told of them together, in page order, and the chunk's reports reach the
 * listener in page order.
 */
final class ImportPipeline implements AutoCloseable {

	private final PageImporter importer;

	private final WrittenPages.Run written;

	private final ImportProperties properties;

	private final boolean dryRun;

	private final ImportListener listener;

	private final ExecutorService workers;

	private final List<PageReport> reports = new ArrayList<>();

	/** The pages of the chunk being written. */
	private List<CompletableFuture<PageReport>> inFlight = List.of();

	private final int total;

	ImportPipeline(PageImporter importer, WrittenPages.Run written, ImportProperties properties, boolean dryRun,
			ImportListener listener, int total) {
		this.importer = importer;
		this.written = written;
		this.properties = properties;
		this.dryRun = dryRun;
		this.listener = listener;
		this.total = total;
		this.workers = Executors.newFixedThreadPool(properties.effectiveThreads(), runnable -> {
			Thread thread = new Thread(runnable, "page-import");
			thread.setDaemon(true);
			return thread;
		});
	}

	void report(PageReport report) {
		reports.add(report);
		listener.pageDone(report, reports.size(), total);
	}

	void importAll(List<PageSource> sources) {
		List<LoadedPage> chunk = new ArrayList<>();
		long chunkBytes = 0;
		for (PageSource source : sources) {
			LoadedPage page = LoadedPage.read(source);
			chunk.add(page);
			chunkBytes += page.size();
			if (chunk.size() >= properties.chunkPages() || chunkBytes >= properties.chunkBytes()) {
				start(chunk);
				chunk = new ArrayList<>();
				chunkBytes = 0;
			}
		}
		start(chunk);
		finish(inFlight);
	}

	/**
	 * Starts writing a chunk, then finishes the chunk before it: the grouping of a chunk,
	 * and the reading of the next one, overlap the writing of its successor.
	 */
	private void start(List<LoadedPage> chunk) {
		List<CompletableFuture<PageReport>> previous = inFlight;
		inFlight = submit(chunk);
		finish(previous);
	}

	private List<CompletableFuture<PageReport>> submit(List<LoadedPage> chunk) {
		Map<String, String> stored = importer.storedHashes(chunk.stream()
			.filter(LoadedPage::readable)
			.map(page -> page.source().pageId())
			.collect(Collectors.toSet()));
		List<CompletableFuture<PageReport>> results = new ArrayList<>(chunk.size());
		for (LoadedPage page : chunk) {
			if (page.readable() && page.sha256().equals(stored.get(page.source().pageId()))) {
				PageSource source = page.source();
				results.add(CompletableFuture.completedFuture(
						new PageReport(source.location(), source.pageId(), ImportOutcome.UNCHANGED, List.of())));
			}
			else {
				results.add(CompletableFuture.supplyAsync(() -> importer.importPage(page, dryRun), workers)
					.exceptionally(ex -> PageReport.failed(page.source(), "the import failed: " + ex.getMessage())));
			}
		}
		return results;
	}

	/**
	 * Waits for a chunk's pages, groups their signals, and reports them in page order.
	 */
	private void finish(List<CompletableFuture<PageReport>> chunk) {
		List<PageReport> done = chunk.stream().map(CompletableFuture::join).toList();
		(dryRun ? done : grouped(done)).forEach(this::report);
	}

	/**
	 * Tells what derives data from the pages ({@link WrittenPages}) which were written.
	 * Should that fail, the pages stay imported and their reports say so; what was not
	 * derived is derived when the application next starts.
	 */
	private List<PageReport> grouped(List<PageReport> done) {
		List<PageReport> changed = done.stream().filter(report -> report.outcome().changedDatabase()).toList();
		try {
			written.written(changed.stream().map(PageReport::pageId).toList());
			return done;
		}
		catch (DataAccessException ex) {
			Problem notGrouped = Problem
				.warning("its signals were not grouped with similar signals, the database" + " refused: "
						+ ex.getMostSpecificCause().getMessage() + "; they will be when the application next starts");
			return done.stream().map(report -> changed.contains(report) ? report.with(notGrouped) : report).toList();
		}
	}

	List<PageReport> reports() {
		return reports;
	}

	@Override
	public void close() {
		workers.shutdownNow();
	}

}
