package org.signaldigest.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The files of the dry runs made through the form, kept on the server (where the upload
 * put them) for {@code digest.upload.keep-dry-runs}, so that the report can offer to
 * import them for real without choosing them again. They are taken once: the import
 * deletes them when it is done; otherwise they are deleted when their time is up, or when
 * the app stops. In memory: a restart forgets them, and the report no longer offers it.
 */
@Component
class KeptUploads implements DisposableBean {

	private final Duration keepFor;

	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	private final ScheduledExecutorService expiry = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "kept-uploads");
		thread.setDaemon(true);
		return thread;
	});

	KeptUploads(UploadProperties properties) {
		this.keepFor = properties.keepDryRuns();
	}

	/**
	 * Keeps the files of a finished dry run, until they are taken or their time is up.
	 */
	void keep(long runId, Upload upload) {
		kept.put(runId, new Kept(upload, Instant.now().plus(keepFor)));
		expiry.schedule(() -> take(runId).ifPresent(Upload::delete), keepFor.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * @return until when the files of the run are kept, when they are
	 */
	Optional<Instant> keptUntil(long runId) {
		return Optional.ofNullable(kept.get(runId)).map(Kept::until);
	}

	/**
	 * @return the files of the run, which are no longer kept: whoever takes them deletes
	 * them
	 */
	Optional<Upload> take(long runId) {
		return Optional.ofNullable(kept.remove(runId)).map(Kept::upload);
	}

	@Override
	public void destroy() {
		expiry.shutdownNow();
		kept.keySet().forEach(runId -> take(runId).ifPresent(Upload::delete));
	}

	private record Kept(Upload upload, Instant until) {
	}

}
