package org.signaldigest.importing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads streams without trusting any declared size: the bytes actually read are counted,
 * up to a limit.
 */
final class BoundedReader {

	private BoundedReader() {
	}

	/**
	 * @throws PageTooLargeException as soon as the page passes {@code maxFileSize}
	 */
	static byte[] read(InputStream in, long maxFileSize) throws IOException {
		try (in) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 9, maxFileSize) + 1);
			if (bytes.length > maxFileSize) {
				throw new PageTooLargeException(
						"the page is larger than " + ReadLimits.describe(maxFileSize) + ", the most a page may have");
			}
			return bytes;
		}
	}

	/**
	 * @return how many bytes the stream holds, or {@code limit + 1} when it holds more
	 * than the limit
	 */
	static long count(InputStream in, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (in) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				total += n;
				if (total > limit) {
					return limit + 1;
				}
			}
		}
		return total;
	}

}
