package org.signaldigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportService;

import org.springframework.core.io.ClassPathResource;

/**
 * The bundled sample pages (real pages, never edited): imported as they are, or copied
 * where a test changes them.
 */
public final class SamplePages {

	public static final int COUNT = 17;

	private SamplePages() {
	}

	/** Imports every sample page, from where they are bundled. */
	public static void importAll(ImportService imports) {
		try {
			imports.importPaths(List.of(folder()), false, ImportListener.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A sample page dated 2029-09-11 (digest id 20290911): after any import, unconfirmed.
	 */
	public static final String DATED_2029 = "001b195bbddec8fb0193b668a70aa883";

	/** Imports one sample page, from where it is bundled. */
	public static void importPage(ImportService imports, String pageId) {
		try {
			imports.importPaths(List.of(folder().resolve(pageId + ".md")), false, ImportListener.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies every sample page into the folder. */
	public static Path copyTo(Path folder) {
		try (var pages = Files.list(folder())) {
			for (Path page : pages.toList()) {
				Files.copy(page, folder.resolve(page.getFileName()));
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies one sample page into the folder. */
	public static void copyTo(Path folder, String pageId) throws IOException {
		Files.copy(folder().resolve(pageId + ".md"), folder.resolve(pageId + ".md"));
	}

	private static Path folder() throws IOException {
		return new ClassPathResource("samples").getFile().toPath();
	}

}
