package org.signaldigest.upload;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.signaldigest.AppClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import runs of the API and the form in the Prometheus metrics: runs by how they
 * came and ended, with their time, the pages of real runs by outcome, and the background
 * backlogs.
 */
@UploadAppTest
class ImportMetricsTest {

	private static final String IMPORTER = AppClient.basic(UploadAppTest.USER, UploadAppTest.PASSWORD);

	private static final String API_RUNS = "digest_import_runs_seconds_count{dry_run=\"false\",outcome=\"finished\",via=\"api\"}";

	private static final String DRY_API_RUNS = "digest_import_runs_seconds_count{dry_run=\"true\",outcome=\"finished\",via=\"api\"}";

	@LocalServerPort
	int port;

	@Test
	void importRunsAndTheirPagesAreCountedByOutcome() {
		AppClient app = new AppClient(port);
		String before = app.get("/actuator/prometheus", IMPORTER).body();

		HttpResponse<String> imported = importThrough(app,
				new Multipart().file("files", "fresh.md", TestPages.page("Fresh"))
					.file("files", "broken.md", "no title, no section".getBytes(StandardCharsets.UTF_8)));
		assertThat(imported.statusCode()).isEqualTo(422);
		importThrough(app, new Multipart().file("files", "other.md", TestPages.page("Other")).field("dryRun", "true"));

		String after = app.get("/actuator/prometheus", IMPORTER).body();
		assertThat(value(after, API_RUNS) - value(before, API_RUNS)).isEqualTo(1);
		assertThat(value(after, DRY_API_RUNS) - value(before, DRY_API_RUNS)).isEqualTo(1);
		assertThat(after)
			.contains("digest_import_runs_seconds_sum{dry_run=\"false\",outcome=\"finished\",via=\"api\"}");
		String imports = "digest_import_pages_total{outcome=\"imported\"}";
		String failures = "digest_import_pages_total{outcome=\"failed\"}";
		assertThat(value(after, imports) - value(before, imports)).as("pages imported, not those of the dry run")
			.isEqualTo(1);
		assertThat(value(after, failures) - value(before, failures)).isEqualTo(1);
		assertThat(after).contains("digest_background_backlog{work=\"imports\"} 0.0",
				"digest_background_backlog{work=\"grouping\"} 0.0");
	}

	private HttpResponse<String> importThrough(AppClient app, Multipart body) {
		return app.post("/api/import", body.contentType(), body.publisher(), IMPORTER);
	}

	/** The value of one series of the Prometheus text format, 0 when it is absent. */
	private static double value(String metrics, String series) {
		Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
		return line.find() ? Double.parseDouble(line.group(1)) : 0;
	}

}
