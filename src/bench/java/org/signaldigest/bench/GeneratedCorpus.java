package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** A synthetic corpus written to a folder of its own for a benchmark, and removed when no longer needed. */
final class GeneratedCorpus {

	private GeneratedCorpus() {
	}

	/** Replaces the folder's content with the pages of the seed; returns their bytes. */
	static long write(int pages, long seed, Path folder) throws IOException {
		deleteTree(folder);
		long start = System.nanoTime();
		long bytes = CorpusGenerator.fromSamples().write(pages, seed, folder);
		System.err.printf(Locale.ROOT, "Generated %d pages (%.1f MB) in %s in %.1f s%n", pages, bytes / 1e6, folder,
				(System.nanoTime() - start) / 1e9);
		return bytes;
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
