package org.signaldigest.importing;

import java.io.IOException;
import java.util.Locale;

/**
 * A page to import: where it comes from (a path, a zip entry, a bundled sample), its file
 * name and how to read it. The page id is the file name without ".md".
 *
 * @param location what to show a person, e.g. {@code digests.zip!2023/abc.md}
 * @param fileName the base name, e.g. {@code abc.md}
 */
public record PageSource(String location, String fileName, Content content) {

	/**
	 * Reads the bytes when the page's turn comes, so that a folder of thousands is never
	 * all in memory.
	 */
	@FunctionalInterface
	public interface Content {

		byte[] read() throws IOException;

	}

	public String pageId() {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".md") ? fileName.substring(0, fileName.length() - 3)
				: fileName;
	}

}
