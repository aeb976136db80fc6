package org.signaldigest.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.ClassPathResource;

/** Pages and zips for the upload tests. */
final class TestPages {

	static final String VICUNA = "27203920581";

	static final String OTHER = "a4764a556583ffec51fa91aa3564e777";

	private TestPages() {
	}

	static byte[] sample(String pageId) {
		try {
			return new ClassPathResource("samples/" + pageId + ".md").getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A small valid page. */
	static byte[] page(String title) {
		return ("# __" + title + "__, (from page [20240101](https://example.org/p/20240101).)\n\n"
				+ "## Summary\n\nA page about " + title + ".\n\n## Keywords\n\n* testing\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static Map<String, byte[]> entries(Object... namesAndContents) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < namesAndContents.length; i += 2) {
			entries.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static Path write(Path folder, String name, byte[] content) {
		try {
			return Files.write(folder.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
