package org.signaldigest.web;

import java.io.StringWriter;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

	private final StringWriter out = new StringWriter();

	private final CsvWriter csv = new CsvWriter(out);

	@Test
	void plainFieldsAreWrittenAsTheyAreAndLinesEndWithCrLf() {
		csv.row("id", "title").row("abc", "A title");
		csv.flush();

		assertThat(out).hasToString("id,title\r\nabc,A title\r\n");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
		csv.row("a, b", "say \"hi\"", "line\nbreak", "cr\rhere", "crlf\r\nhere", "plain");

		assertThat(out)
			.hasToString("\"a, b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rhere\",\"crlf\r\nhere\",plain\r\n");
	}

	@Test
	void nullsAreEmptyFieldsAndEmptyStringsStayEmpty() {
		csv.row(Arrays.asList("x", null, "", "y"));

		assertThat(out).hasToString("x,,,y\r\n");
	}

	@Test
	void nonAsciiTextIsKeptAsItIs() {
		csv.row("Zoom’s", "Les Universités et l'IA : €60m");

		assertThat(out).hasToString("Zoom’s,Les Universités et l'IA : €60m\r\n");
	}

	@Test
	void fieldsThatASpreadsheetWouldRunAsAFormulaGetAQuoteInFront() {
		csv.row("=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tindented", "\rreturn",
				"=1+1,2");

		assertThat(out).hasToString("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1,'-2+3,'@SUM(A1),"
				+ "'\tindented,\"'\rreturn\",\"'=1+1,2\"\r\n");
	}

	@Test
	void formulaCharactersAnywhereButFirstAndEmptyFieldsAreLeftAlone() {
		csv.row("a=b", "1-2", "mail@example.org", "x+y", "", "'quoted already");

		assertThat(out).hasToString("a=b,1-2,mail@example.org,x+y,,'quoted already\r\n");
	}

	@Test
	void anEscapedFieldReadsBackAsTheTextWithItsQuote() {
		String field = CsvWriter.field("=cmd|' /C calc'!A0, \"x\"");

		assertThat(field).isEqualTo("\"'=cmd|' /C calc'!A0, \"\"x\"\"\"");
		assertThat(field.substring(1, field.length() - 1).replace("\"\"", "\""))
			.isEqualTo("'=cmd|' /C calc'!A0, \"x\"");
	}

}
