package org.signaldigest.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.signaldigest.parser.Problem;

/**
 * The pages named by command-line paths (.md files, folders searched recursively for .md
 * files, and .zip archives of them) or given as files (uploads). Zips are kept open until
 * closed, so their entries are read one at a time. What cannot be a page is reported.
 * Reads stay within the {@link ReadLimits}: a zip with too many entries or too many bytes
 * of pages once inflated (counted by reading them, before any of its pages is imported)
 * is rejected whole, and a page over the size limit fails on its own.
 */
final class PageSources implements Closeable {

	private final List<PageSource> pages = new ArrayList<>();

	private final List<PageReport> rejected = new ArrayList<>();

	private final List<ZipFile> zips = new ArrayList<>();

	private final ReadLimits limits;

	private PageSources(ReadLimits limits) {
		this.limits = limits;
	}

	static PageSources open(List<Path> paths) throws IOException {
		PageSources sources = new PageSources(ReadLimits.NONE);
		for (Path path : paths) {
			sources.add(path);
		}
		return sources;
	}

	/**
	 * Files given by name, e.g. uploads: each is a .md page or a .zip of pages, whatever
	 * its stored name.
	 */
	static PageSources open(List<NamedFile> files, ReadLimits limits) {
		PageSources sources = new PageSources(limits);
		for (NamedFile file : files) {
			if (isPage(file.fileName())) {
				sources.pages.add(new PageSource(file.location(), file.fileName(),
						() -> BoundedReader.read(Files.newInputStream(file.path()), limits.maxFileSize())));
			}
			else if (file.fileName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				sources.addZip(file.path(), file.location());
			}
			else {
				sources.reject(file.location(), ImportOutcome.FAILED, "not a .md page or a .zip archive of pages");
			}
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
				files.filter(Files::isRegularFile)
					.filter(file -> isPage(file.toString()))
					.sorted()
					.forEach(this::addFile);
			}
		}
		else if (!Files.exists(path)) {
			reject(location, ImportOutcome.FAILED, "no such file or folder");
		}
		else if (isPage(location)) {
			addFile(path);
		}
		else if (location.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			addZip(path, location);
		}
		else {
			reject(location, ImportOutcome.FAILED, "not a .md page, a folder or a .zip archive");
		}
	}

	private void addFile(Path file) {
		pages.add(new PageSource(file.toString(), file.getFileName().toString(), () -> Files.readAllBytes(file)));
	}

	private void addZip(Path path, String zipLocation) {
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		}
		catch (IOException ex) {
			reject(zipLocation, ImportOutcome.FAILED, "not a readable .zip archive: " + ex.getMessage());
			return;
		}
		zips.add(zip);
		Optional<String> tooBig = overLimits(zip);
		if (tooBig.isPresent()) {
			reject(zipLocation, ImportOutcome.FAILED, tooBig.get() + "; none of its pages was imported");
			return;
		}
		zip.stream().filter(PageSources::isFile).sorted(Comparator.comparing(ZipEntry::getName)).forEach(entry -> {
			String location = zipLocation + "!" + entry.getName();
			if (isPage(entry.getName())) {
				pages.add(new PageSource(location, baseName(entry.getName()),
						() -> BoundedReader.read(zip.getInputStream(entry), limits.maxFileSize())));
			}
			else {
				reject(location, ImportOutcome.SKIPPED, "not a .md page; skipped");
			}
		});
	}

	/**
	 * @return why the zip is refused whole: too many entries, or too many bytes of pages
	 * once inflated
	 */
	private Optional<String> overLimits(ZipFile zip) {
		if (zip.size() > limits.maxZipEntries()) {
			return Optional
				.of("the archive has " + zip.size() + " entries; at most " + limits.maxZipEntries() + " are allowed");
		}
		if (limits.maxZipBytes() == Long.MAX_VALUE) {
			return Optional.empty();
		}
		long left = limits.maxZipBytes();
		for (ZipEntry entry : zip.stream().filter(PageSources::isFile).filter(e -> isPage(e.getName())).toList()) {
			try {
				left -= BoundedReader.count(zip.getInputStream(entry), left);
			}
			catch (IOException | RuntimeException ex) {
				return Optional.of("the archive is damaged (" + entry.getName() + ": " + ex.getMessage() + ")");
			}
			if (left < 0) {
				return Optional.of("the archive's pages come to more than " + ReadLimits.describe(limits.maxZipBytes())
						+ " once unpacked, the most allowed");
			}
		}
		return Optional.empty();
	}

	private static boolean isFile(ZipEntry entry) {
		return !entry.isDirectory() && !entry.getName().startsWith("__MACOSX/");
	}

	private void reject(String location, ImportOutcome outcome, String message) {
		Problem problem = outcome == ImportOutcome.FAILED ? Problem.error(null, null, message)
				: Problem.warning(null, null, message);
		rejected.add(new PageReport(location, null, outcome, List.of(problem)));
	}

	private static boolean isPage(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".md");
	}

	/**
	 * Only the base name of an entry counts: "../../etc/passwd.md" is the page "passwd".
	 */
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
