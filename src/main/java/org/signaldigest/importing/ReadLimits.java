package org.signaldigest.importing;

/**
 * How much an import reads from files it was given by someone else: a page at most
 * {@code maxFileSize} bytes, a zip at most {@code maxZipEntries} entries and
 * {@code maxZipBytes} bytes of pages once inflated. Bytes are counted as they are read;
 * the sizes a zip declares are never trusted.
 */
public record ReadLimits(long maxFileSize, int maxZipEntries, long maxZipBytes) {

	/** For the command line: the person running it owns the files. */
	public static final ReadLimits NONE = new ReadLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

	public ReadLimits {
		if (maxFileSize < 1 || maxZipEntries < 1 || maxZipBytes < 1) {
			throw new IllegalArgumentException("every limit must be positive");
		}
	}

	/** E.g. "5 MB", "200 KB", "999 bytes". */
	public static String describe(long bytes) {
		long mb = 1024 * 1024;
		if (bytes >= mb && bytes % mb == 0) {
			return bytes / mb + " MB";
		}
		if (bytes >= mb) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) mb);
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KB";
		}
		return bytes + " bytes";
	}

}
