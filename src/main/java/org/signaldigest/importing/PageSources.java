package org.signaldigest.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The pages named by command-line paths: .md files, folders searched recursively for .md files, and .zip archives
 * of them (kept open until closed, so their entries are read one at a time). What cannot be a page is reported.
 */
final class PageSources implements Closeable {

	private final List<PageSource> pages = new ArrayList<>();

	private final List<PageReport> rejected = new ArrayList<>();

	private final List<ZipFile> zips = new ArrayList<>();

	private PageSources() {
	}

	static PageSources open(List<Path> paths) throws IOException {
		PageSources sources = new PageSources();
		for (Path path : paths) {
			sources.add(path);
		}
		return sources;
	}

	List<PageSource> pages() {
		return pages;
	}

	List<PageReport> rejected() {
		return rejected;
	}

	private void add(Path path) throws IOException {
		String location = path.toString();
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.walk(path)) {
				files.filter(Files::isRegularFile).filter(file -> isPage(file.toString())).sorted().forEach(this::addFile);
			}
		}
		else if (!Files.exists(path)) {
			reject(location, ImportOutcome.FAILED, "no such file or folder");
		}
		else if (isPage(location)) {
			addFile(path);
		}
		else if (location.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			addZip(path);
		}
		else {
			reject(location, ImportOutcome.FAILED, "not a .md page, a folder or a .zip archive");
		}
	}

	private void addFile(Path file) {
		pages.add(new PageSource(file.toString(), file.getFileName().toString(), () -> Files.readAllBytes(file)));
	}

	private void addZip(Path path) {
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		}
		catch (IOException ex) {
			reject(path.toString(), ImportOutcome.FAILED, "not a readable .zip archive: " + ex.getMessage());
			return;
		}
		zips.add(zip);
		zip.stream()
			.filter(entry -> !entry.isDirectory() && !entry.getName().startsWith("__MACOSX/"))
			.sorted(Comparator.comparing(ZipEntry::getName))
			.forEach(entry -> {
				String location = path + "!" + entry.getName();
				if (isPage(entry.getName())) {
					pages.add(new PageSource(location, baseName(entry.getName()),
							() -> zip.getInputStream(entry).readAllBytes()));
				}
				else {
					reject(location, ImportOutcome.SKIPPED, "not a .md page; skipped");
				}
			});
	}

	private void reject(String location, ImportOutcome outcome, String message) {
		Problem problem = outcome == ImportOutcome.FAILED ? Problem.error(null, null, message)
				: Problem.warning(null, null, message);
		rejected.add(new PageReport(location, null, outcome, List.of(problem)));
	}

	private static boolean isPage(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".md");
	}

	/** Only the base name of an entry counts: "../../etc/passwd.md" is the page "passwd". */
	private static String baseName(String entryName) {
		return entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
	}

	@Override
	public void close() throws IOException {
		for (ZipFile zip : zips) {
			zip.close();
		}
	}

}
