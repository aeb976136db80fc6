package org.signaldigest.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of a page into text: rejects empty, binary and non-UTF-8 files,
 * strips a BOM and normalises line ends to {@code \n}. No other charset is ever guessed.
 */
final class PageInput {

	/** Either the decoded text or the error that rejects the file. */
	record Decoded(String text, Problem error) {
	}

	private PageInput() {
	}

	static Decoded decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return failure(null, "the file is empty (0 bytes)");
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return failure(lineAt(bytes, i),
						"the file looks binary, not a Markdown text: it contains a NUL byte" + " at byte offset " + i);
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			return failure(lineAt(bytes, offset), String.format(
					"the file is not valid UTF-8: invalid byte 0x%02X at byte offset %d; save the page as UTF-8",
					bytes[offset] & 0xFF, offset));
		}
		out.flip();
		String text = out.toString();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		if (text.isBlank()) {
			return failure(null, "the file is empty (it contains only whitespace)");
		}
		return new Decoded(text, null);
	}

	private static Decoded failure(Integer line, String message) {
		return new Decoded(null, Problem.error(null, line, message));
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
