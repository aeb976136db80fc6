package org.signaldigest.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browse benchmark: at each scale, the embedded database of that many generated articles
 * ({@link ScaleDatabase}, in OUT/scale-N), the real app started on it ({@link AppProcess}), {@code vacuum analyze},
 * parameters picked from the data ({@link BrowseParameters}), every page of {@link BrowsePage#ALL} timed
 * ({@link PageTimer}), then wrk ({@link WrkRun}); the app is stopped after each scale. Writes the "browse" section of
 * OUT/results.json and OUT/results.md ({@link BrowseReport}). Exits 1 when a page failed or answered a 5xx, never
 * because of a time.
 */
final class BrowseBench {

	record Settings(List<Integer> scales, long seed, int warmup, int iterations, int secondsPerPage,
			int wrkSeconds) {

		static Settings of(BenchMain.Args args) {
			List<Integer> scales = Arrays.stream(args.value("--scales", args.value("--pages", "10000")).split(","))
				.map(s -> Integer.parseInt(s.strip().replace("_", "")))
				.toList();
			return new Settings(scales, args.longValue("--seed", 42), args.intValue("--warmup", 10),
					args.intValue("--iterations", 100), args.intValue("--seconds-per-page", 120),
					args.intValue("--wrk-seconds", 30));
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("scales", scales);
			json.put("seed", seed);
			json.put("warmupRequests", warmup);
			json.put("timedRequests", iterations);
			json.put("timedSecondsPerPage", secondsPerPage);
			json.put("wrkSeconds", wrkSeconds);
			return json;
		}

	}

	private BrowseBench() {
	}

	static int run(BenchMain.Args args) throws Exception {
		Settings settings = Settings.of(args);
		Path jar = Path.of(args.value("--jar", "target/signal-digest.jar"));
		Path out = Path.of(args.value("--out", "target/bench"));
		if (!Files.isRegularFile(jar)) {
			System.err.println("No " + jar + ": build it first (./mvnw -Pbench -DskipTests package)");
			return 2;
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		List<ScaleResult> scales = new ArrayList<>();
		for (int pages : settings.scales()) {
			scales.add(runScale(pages, settings, jar, out.resolve("scale-" + pages), client));
		}
		BrowseReport report = new BrowseReport(settings, scales);
		String markdown = report.markdown();
		System.out.println();
		System.out.println(markdown);
		ResultsFile.put(out, "browse", report.json(), markdown);
		return scales.stream().anyMatch(ScaleResult::broken) ? 1 : 0;
	}

	private static ScaleResult runScale(int pages, Settings settings, Path jar, Path dir, HttpClient client)
			throws Exception {
		Files.createDirectories(dir);
		ScaleDatabase scale = ScaleDatabase.open(pages, settings.seed(), jar, dir);
		try (Database db = scale.database();
				AppProcess app = AppProcess.start(jar, scale.dataDirectory(), dir, client)) {
			db.vacuumAnalyze();
			BrowseParameters parameters = BrowseParameters.pick(db.connection);
			PageTimer timer = new PageTimer(client, db.statementStats, settings.warmup(), settings.iterations(),
					Duration.ofSeconds(settings.secondsPerPage()));
			List<PageResult> results = new ArrayList<>();
			for (BrowsePage page : BrowsePage.ALL) {
				results.add(timer.time(page, page.resolve(parameters.placeholders()), app.baseUrl()));
			}
			String wrkUrl = app.baseUrl() + BrowsePage.WRK_PATH;
			WrkRun rendered = WrkRun.run(wrkUrl, settings.wrkSeconds(), dir.resolve("wrk.txt"), false);
			WrkRun cached = WrkRun.run(wrkUrl, settings.wrkSeconds(), dir.resolve("wrk-cached.txt"), true);
			return new ScaleResult(pages, scale.dataDirectory(), scale.importRun(), BenchResults.machine(db),
					parameters, results, rendered, cached, app.peakHeapMb());
		}
	}

}
