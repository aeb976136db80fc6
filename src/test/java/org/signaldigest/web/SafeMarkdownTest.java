package org.signaldigest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTest {

	private final SafeMarkdown markdown = new SafeMarkdown();

	@Test
	void rendersMarkdown() {
		assertThat(markdown.toHtml("Some **bold** and [a link](https://example.org/x).")).isEqualTo(
				"<p>Some <strong>bold</strong> and <a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/x\">a link</a>.</p>\n");
	}

	@Test
	void rendersTables() {
		assertThat(markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<table>", "<td>1</td>");
	}

	@Test
	void escapesScriptBlocksAndInlineHtml() {
		String html = markdown.toHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.");

		assertThat(html).doesNotContain("<script", "<img")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void removesJavascriptDataAndVbscriptLinkTargets() {
		String html = markdown
			.toHtml("[x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
					+ " [z](vbscript:msgbox(1)) [w](JAVASCRIPT:alert(2)) ![i](data:image/svg+xml;base64,PHN2Zz4=)");

		assertThat(html.toLowerCase()).doesNotContain("javascript:", "data:", "vbscript:");
		assertThat(html).contains(">x</a>", ">y</a>", ">z</a>", ">w</a>");
	}

	@Test
	void escapesAutolinksToScripts() {
		assertThat(markdown.toHtml("<javascript:alert(1)>").toLowerCase()).doesNotContain("href=\"javascript:");
	}

	@Test
	void nothingForNoSummary() {
		assertThat(markdown.toHtml(null)).isEmpty();
		assertThat(markdown.toHtml("  ")).isEmpty();
	}

	@Test
	void onlyWebAndMailLinksAreSafeToLinkTo() {
		SafeMarkdown markdown = new SafeMarkdown();

		assertThat(markdown.safeLink("https://example.org/a_(b)")).isEqualTo("https://example.org/a_(b)");
		assertThat(markdown.safeLink("mailto:someone@example.org")).isNotNull();
		assertThat(markdown.safeLink("javascript:alert(1)")).isNull();
		assertThat(markdown.safeLink(" JavaScript:alert(1)")).isNull();
		assertThat(markdown.safeLink("data:text/html;base64,PHNjcmlwdD4=")).isNull();
		assertThat(markdown.safeLink(null)).isNull();
	}

}
