package org.signaldigest.web;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the browsing pages from a cache of rendered pages ({@link PageCache}) for
 * visitors who are not logged in. What they show changes only when an import finishes
 * (summaries refreshed, a new version of the data), and a page costs ten times more to
 * render (~2 ms of a 2-core machine) than to find: the default views everyone opens are
 * rendered once per import. Pages for a logged-in user (their name, a logout form with
 * its CSRF token), the import and login pages, the APIs and exports are never cached; nor
 * are errors. During an import, a cached page shows the collection as it was when the
 * last import finished. A request with "Cache-Control: no-cache" (a hard reload) is
 * rendered again.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	/** The pages cached: the HTML pages of the collection. */
	private static final Pattern CACHED = Pattern.compile("/|/(digests|articles|signals|concerns|behaviors"
			+ "|technologies|issues|radar|keywords|themes|trends|search)(/[^.]*)?");

	private final PageCache cache;

	private final Supplier<String> dataVersion;

	private final long maxPageBytes;

	PageCacheFilter(PageCache cache, Supplier<String> dataVersion, long maxPageBytes) {
		this.cache = cache;
		this.dataVersion = dataVersion;
		this.maxPageBytes = maxPageBytes;
	}

	/**
	 * Pages for browsers and the like: a client that asks for JSON only gets what the
	 * controllers say to it.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return !HttpMethod.GET.matches(request.getMethod()) || !CACHED.matcher(request.getRequestURI()).matches()
				|| request.getAttribute(CurrentUserFilter.ATTRIBUTE) != null
				|| accept != null && !accept.contains("text/html") && !accept.contains("*/*");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String version = dataVersion.get();
		String address = request.getQueryString() == null ? request.getRequestURI()
				: request.getRequestURI() + "?" + request.getQueryString();
		PageCache.Page page = wantsFresh(request) ? null : cache.get(version, address);
		if (page != null) {
			response.setContentType(page.contentType());
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		byte[] body = rendering.getContentAsByteArray();
		if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
				&& MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(rendering.getContentType()))
				&& body.length <= maxPageBytes) {
			cache.put(version, address, new PageCache.Page(body, rendering.getContentType(),
					rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE)));
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * A reload that bypasses caches (and the benchmark's timings) sends "Cache-Control:
	 * no-cache": render again.
	 */
	private static boolean wantsFresh(HttpServletRequest request) {
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.contains("no-cache");
	}

}
