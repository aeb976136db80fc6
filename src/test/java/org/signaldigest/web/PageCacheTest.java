package org.signaldigest.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

	private final PageCache cache = new PageCache(10);

	@Test
	void keepsPagesOfTheCurrentVersionOnly() {
		cache.put("v1", "/signals", page(4));

		assertThat(cache.get("v1", "/signals")).isNotNull();
		assertThat(cache.get("v2", "/signals")).isNull();

		cache.put("v2", "/themes", page(4));

		assertThat(cache.get("v1", "/signals")).isNull();
		assertThat(cache.size()).isEqualTo(1);
	}

	@Test
	void forgetsTheLeastRecentlyUsedPagesBeyondItsSize() {
		cache.put("v1", "/a", page(4));
		cache.put("v1", "/b", page(4));
		cache.get("v1", "/a");

		cache.put("v1", "/c", page(4));

		assertThat(cache.get("v1", "/a")).isNotNull();
		assertThat(cache.get("v1", "/b")).isNull();
		assertThat(cache.get("v1", "/c")).isNotNull();
	}

	private static PageCache.Page page(int bytes) {
		return new PageCache.Page(new byte[bytes], "text/html;charset=UTF-8", "en");
	}

}
