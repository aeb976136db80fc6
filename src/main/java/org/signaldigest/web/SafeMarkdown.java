package org.signaldigest.web;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Markdown from imported pages as HTML that is safe to put in a page as it is: raw HTML
 * is escaped, and link and image targets other than http, https and mailto (javascript:,
 * data:, vbscript:…) are emptied. commonmark's default sanitizer lets data: through, so
 * the allowed protocols are set here. Links get rel="nofollow noopener noreferrer".
 */
@Component
public class SafeMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final List<String> SAFE_PROTOCOLS = List.of("http", "https", "mailto");

	private static final DefaultUrlSanitizer SANITIZER = new DefaultUrlSanitizer(SAFE_PROTOCOLS);

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(SANITIZER)
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			if (node instanceof Link) {
				attributes.put("rel", "nofollow noopener noreferrer");
			}
		})
		.build();

	/**
	 * @return the URL when it is safe to link to (http, https, mailto), else null
	 */
	public String safeLink(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String sanitized = SANITIZER.sanitizeLinkUrl(url);
		return sanitized.isEmpty() ? null : url;
	}

	/**
	 * @return the HTML of the Markdown text, or an empty string for null
	 */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return renderer.render(parser.parse(markdown));
	}

}
