package org.signaldigest.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages of one version of the data, the least recently used evicted first once
 * they take more than a given number of bytes. When the data changes (a new version),
 * every page is forgotten.
 */
final class PageCache {

	/** A rendered page: its body and the headers that describe it. */
	record Page(byte[] body, String contentType, String contentLanguage) {
	}

	private final long maxBytes;

	private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);

	private String version;

	private long bytes;

	PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * @return the page of this address rendered from this version of the data, or null
	 */
	synchronized Page get(String version, String address) {
		return version.equals(this.version) ? pages.get(address) : null;
	}

	synchronized void put(String version, String address, Page page) {
		if (!version.equals(this.version)) {
			pages.clear();
			bytes = 0;
			this.version = version;
		}
		Page replaced = pages.put(address, page);
		bytes += page.body().length - (replaced == null ? 0 : replaced.body().length);
		Iterator<Page> oldest = pages.values().iterator();
		while (bytes > maxBytes && oldest.hasNext()) {
			bytes -= oldest.next().body().length;
			oldest.remove();
		}
	}

	synchronized int size() {
		return pages.size();
	}

}
