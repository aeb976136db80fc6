package org.signaldigest.upload;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the import form sends: files (.md pages, .zip archives of them) and/or one pasted
 * page with its id.
 *
 * @param files the files chosen (the field {@code files}, repeatable)
 * @param markdown a page's Markdown pasted in the text area
 * @param pageId the id the pasted page gets
 * @param dryRun parse and report, write nothing
 */
record ImportForm(List<MultipartFile> files, String markdown, String pageId, Boolean dryRun) {

	ImportForm {
		files = files == null ? List.of() : files;
		dryRun = Boolean.TRUE.equals(dryRun);
	}

	static ImportForm empty() {
		return new ImportForm(List.of(), "", "", false);
	}

	boolean hasPastedPage() {
		return markdown != null && !markdown.isBlank();
	}

	boolean hasFiles() {
		return files.stream()
			.anyMatch(file -> !file.isEmpty() || !Upload.baseName(file.getOriginalFilename()).isEmpty());
	}

}
