package org.signaldigest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times one page of the running app: warm-up requests, then sequential timed ones (HttpClient, one at a time),
 * each timed to its first byte (the response headers) and to its last. pg_stat_statements is reset before the timed
 * requests and read after them. The timed requests stop early, after at least {@value #MIN_SAMPLES}, once they have
 * taken the time budget (pages of seconds).
 */
final class PageTimer {

	static final int MIN_SAMPLES = 10;

	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

	/** One request: status, body bytes, milliseconds to the first byte and to the last. */
	record Sample(int status, long bytes, double firstByteMs, double totalMs) {
	}

	private final HttpClient client;

	private final StatementStats statementStats;

	private final int warmup;

	private final int iterations;

	private final Duration budget;

	PageTimer(HttpClient client, StatementStats statementStats, int warmup, int iterations, Duration budget) {
		this.client = client;
		this.statementStats = statementStats;
		this.warmup = warmup;
		this.iterations = iterations;
		this.budget = budget;
	}

	PageResult time(BrowsePage page, String path, String baseUrl) {
		URI uri = URI.create(baseUrl + path);
		System.err.println("Timing " + path);
		try {
			for (int i = 0; i < Math.max(1, warmup); i++) {
				if (request(uri).status() == 404) {
					return PageResult.notFound(page, path);
				}
			}
			statementStats.reset();
			List<Sample> samples = new ArrayList<>();
			long deadline = System.nanoTime() + budget.toNanos();
			while (samples.size() < iterations && (samples.size() < MIN_SAMPLES || System.nanoTime() < deadline)) {
				samples.add(request(uri));
			}
			StatementProfile statements = StatementProfile.of(statementStats.list(), samples.size());
			return PageResult.of(page, path, samples, statements);
		}
		catch (IOException | SQLException ex) {
			System.err.println("  " + path + " failed: " + ex);
			return PageResult.failed(page, path, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return PageResult.failed(page, path, ex.toString());
		}
	}

	private Sample request(URI uri) throws IOException, InterruptedException {
		// Rendered every time: the app's cache of rendered pages would otherwise answer all requests but the first.
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Cache-Control", "no-cache")
			.build();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
		long firstByte = System.nanoTime();
		long bytes;
		try (InputStream body = response.body()) {
			bytes = body.transferTo(OutputStream.nullOutputStream());
		}
		long end = System.nanoTime();
		return new Sample(response.statusCode(), bytes, (firstByte - start) / 1e6, (end - start) / 1e6);
	}

}
