package org.signaldigest.importing;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A page's bytes and their SHA-256, read before it is parsed, so that a page that has not
 * changed since its last import is known as such without parsing it. A page that cannot
 * be read, or whose file name is not a safe page id, carries its failure instead.
 */
record LoadedPage(PageSource source, byte[] bytes, String sha256, PageReport failure) {

	static LoadedPage read(PageSource source) {
		Optional<String> badId = PageIds.problemWith(source.pageId());
		if (badId.isPresent()) {
			return failed(source, badId.get());
		}
		try {
			byte[] bytes = source.content().read();
			return new LoadedPage(source, bytes, sha256(bytes), null);
		}
		catch (PageTooLargeException ex) {
			return failed(source, ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			return failed(source, "could not read the file: " + ex.getMessage());
		}
	}

	private static LoadedPage failed(PageSource source, String reason) {
		return new LoadedPage(source, null, null, PageReport.failed(source, reason));
	}

	boolean readable() {
		return failure == null;
	}

	/** Bytes are counted once per page, for the chunks of an import run. */
	int size() {
		return bytes == null ? 0 : bytes.length;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
