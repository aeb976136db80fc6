package org.signaldigest.upload;

import java.util.List;

import io.micrometer.core.instrument.Timer;
import org.signaldigest.background.Backlog;
import org.signaldigest.importing.ImportService;
import org.signaldigest.importing.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the import of an upload and records it as an import run, page by page: in the
 * background for the form (the browser follows the progress), at once for the API. The
 * upload's files are deleted when it is done, except those of a dry run of the form that
 * ended, which are kept a while ({@link KeptUploads}) to be imported for real.
 */
@Component
class ImportRunner implements DisposableBean, Backlog {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportService imports;

	private final ImportRuns runs;

	private final UploadProperties properties;

	private final ImportMetrics metrics;

	private final KeptUploads kept;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	ImportRunner(ImportService imports, ImportRuns runs, UploadProperties properties, ImportMetrics metrics,
			KeptUploads kept) {
		this.imports = imports;
		this.runs = runs;
		this.properties = properties;
		this.metrics = metrics;
		this.kept = kept;
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(100);
		executor.setThreadNamePrefix("import-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		executor.initialize();
	}

	/**
	 * @return the id of the run, whose report fills in as pages are done
	 */
	long startInBackground(Upload upload, String username, boolean dryRun) {
		long runId = runs.start(username, "form", dryRun, upload.files().size());
		try {
			executor.execute(() -> {
				try {
					run(runId, upload, "form", dryRun, dryRun);
				}
				catch (RuntimeException ex) {
					// logged and recorded as a crashed run by run()
				}
			});
		}
		catch (TaskRejectedException ex) {
			upload.delete();
			runs.crash(runId, "too many imports are waiting; try again in a minute");
		}
		return runId;
	}

	record Finished(long runId, ImportSummary summary) {
	}

	Finished runNow(Upload upload, String username, String via, boolean dryRun) {
		long runId = runs.start(username, via, dryRun, upload.files().size());
		return new Finished(runId, run(runId, upload, via, dryRun, false));
	}

	/**
	 * @param keep whether to keep the files once the run ended, rather than delete them;
	 * they are kept before the run says it ended, so that its report offers them at once
	 */
	private ImportSummary run(long runId, Upload upload, String via, boolean dryRun, boolean keep) {
		Timer.Sample timing = metrics.start();
		boolean keeping = false;
		try {
			ImportSummary summary = imports.importFiles(upload.files(), properties.limits(), dryRun,
					(report, done, total) -> runs.pagesDone(runId, done, total, List.of(report)));
			if (keep) {
				kept.keep(runId, upload);
				keeping = true;
			}
			runs.finish(runId);
			metrics.finished(timing, via, dryRun, summary);
			return summary;
		}
		catch (RuntimeException ex) {
			log.error("Import run {} stopped", runId, ex);
			runs.crash(runId, "the import stopped: " + ex.getMessage());
			metrics.crashed(timing, via, dryRun);
			throw ex;
		}
		finally {
			if (!keeping) {
				upload.delete();
			}
		}
	}

	/** The backlog {@code imports}: the uploads this instance imports or has queued. */
	@Override
	public String work() {
		return "imports";
	}

	@Override
	public long size() {
		return executor.getQueueSize() + executor.getActiveCount();
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}

}
