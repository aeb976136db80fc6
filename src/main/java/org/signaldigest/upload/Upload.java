package org.signaldigest.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.signaldigest.importing.NamedFile;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files waiting for their import in a temporary folder of their own, under names
 * of our choosing (never a name the client sent). Deleted when the import is done.
 */
final class Upload {

	static final String PASTED = "pasted text";

	private final Path folder;

	private final List<NamedFile> files;

	private Upload(Path folder, List<NamedFile> files) {
		this.folder = folder;
		this.files = List.copyOf(files);
	}

	/**
	 * @param pastedText a page pasted in the form, or blank; it gets the page id
	 * {@code pastedId}
	 */
	static Upload store(List<MultipartFile> parts, String pastedText, String pastedId, Path tempRoot)
			throws IOException {
		Files.createDirectories(tempRoot);
		Path folder = Files.createTempDirectory(tempRoot, "signal-digest-upload-");
		List<NamedFile> files = new ArrayList<>();
		try {
			for (MultipartFile part : parts) {
				String name = baseName(part.getOriginalFilename());
				if (name.isEmpty() && part.isEmpty()) {
					continue;
				}
				Path stored = folder.resolve(String.format(Locale.ROOT, "%05d.upload", files.size() + 1));
				part.transferTo(stored);
				files.add(new NamedFile(stored, name.isEmpty() ? "(no name)" : name, name));
			}
			if (pastedText != null && !pastedText.isBlank()) {
				Path stored = folder.resolve("pasted.upload");
				Files.writeString(stored, pastedText, StandardCharsets.UTF_8);
				files.add(new NamedFile(stored, PASTED, pageId(pastedId) + ".md"));
			}
		}
		catch (IOException | RuntimeException ex) {
			FileSystemUtils.deleteRecursively(folder);
			throw ex;
		}
		return new Upload(folder, files);
	}

	List<NamedFile> files() {
		return files;
	}

	void delete() {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			folder.toFile().deleteOnExit();
		}
	}

	/** Only the base name counts: "../../etc/passwd.md" was sent as "passwd.md". */
	static String baseName(String name) {
		if (name == null) {
			return "";
		}
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
	}

	/**
	 * The page id typed in the form, as typed (the importer checks it), without a ".md"
	 * some will add.
	 */
	static String pageId(String typed) {
		String id = typed == null ? "" : typed.strip();
		return id.toLowerCase(Locale.ROOT).endsWith(".md") ? id.substring(0, id.length() - 3) : id;
	}

}
