package org.signaldigest.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ({@code Zoomâ€™s} →
 * {@code Zoom’s}). Each maximal run of non-ASCII characters that all exist in
 * Windows-1252 is turned back into bytes and decoded as strict UTF-8; the run is replaced
 * only when that succeeds, so correct text is left alone.
 */
final class Mojibake {

	/**
	 * Character → its Windows-1252 byte, for bytes 0x80-0xFF (the 5 unused bytes map to
	 * the C1 controls).
	 */
	private static final Map<Character, Byte> CP1252 = buildTable();

	private Mojibake() {
	}

	static String repair(String text) {
		if (text == null || text.chars().allMatch(c -> c < 0x80)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (!inRun(c)) {
				out.append(c);
				i++;
				continue;
			}
			int end = i;
			while (end < text.length() && inRun(text.charAt(end))) {
				end++;
			}
			String run = text.substring(i, end);
			String fixed = decodeRun(run);
			out.append(fixed != null ? fixed : run);
			i = end;
		}
		return out.toString();
	}

	private static boolean inRun(char c) {
		return c >= 0x80 && CP1252.containsKey(c);
	}

	private static String decodeRun(String run) {
		byte[] bytes = new byte[run.length()];
		for (int k = 0; k < run.length(); k++) {
			bytes[k] = CP1252.get(run.charAt(k));
		}
		try {
			CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return decoded.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static Map<Character, Byte> buildTable() {
		Charset cp1252 = Charset.forName("windows-1252");
		Map<Character, Byte> table = new HashMap<>();
		for (int b = 0x80; b <= 0xFF; b++) {
			String s = new String(new byte[] { (byte) b }, cp1252);
			char c = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
			table.put(c, (byte) b);
		}
		return Map.copyOf(table);
	}

}
