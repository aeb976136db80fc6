package org.signaldigest.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes RFC 4180 CSV, a row at a time: fields that contain a comma, a double quote, CR
 * or LF are quoted, with their quotes doubled; every line ends with CRLF; a null is an
 * empty field. Nothing is buffered here beyond the writer's own buffer, so an export of
 * any size streams.
 * <p>
 * A field a spreadsheet would take for a formula (one that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return: imported text such as
 * {@code =HYPERLINK(...)} or {@code -2+3}) gets a single quote in front, as OWASP advises
 * against CSV injection, so that it is shown as the text it is; the quote is part of the
 * field, which is then quoted by the rules above like any other.
 */
public final class CsvWriter {

	private final Writer out;

	public CsvWriter(Writer out) {
		this.out = out;
	}

	public CsvWriter row(String... values) {
		return row(Arrays.asList(values));
	}

	public CsvWriter row(List<String> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(values.get(i)));
			}
			out.write("\r\n");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void flush() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (startsLikeAFormula(value)) {
			value = "'" + value;
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
				|| value.indexOf('\n') >= 0;
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	private static boolean startsLikeAFormula(String value) {
		if (value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
