package org.signaldigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/** The bundled sample pages (real pages, never edited), copied where a test may change them. */
public final class SamplePages {

	public static final int COUNT = 17;

	private SamplePages() {
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
