package org.signaldigest.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests the page cache may answer: the collection's HTML pages, for visitors not
 * logged in.
 */
class PageCacheFilterPathsTest {

	private final PageCacheFilter filter = new PageCacheFilter(new PageCache(1024), () -> "v1", 1024);

	@Test
	void theCollectionsPagesAreCached() {
		assertThat(cached("GET", "/")).isTrue();
		assertThat(cached("GET", "/signals")).isTrue();
		assertThat(cached("GET", "/keywords/ai")).isTrue();
		assertThat(cached("GET", "/articles/004ce9368476d2c29712ec29f92c1587")).isTrue();
		assertThat(cached("GET", "/search")).isTrue();
	}

	@Test
	void formsFeedsExportsApisAssetsOperationsAndWritesAreNot() {
		assertThat(cached("GET", "/import")).isFalse();
		assertThat(cached("GET", "/login")).isFalse();
		assertThat(cached("GET", "/signals.atom")).isFalse();
		assertThat(cached("GET", "/keywords/ai.atom")).isFalse();
		assertThat(cached("GET", "/api/signals")).isFalse();
		assertThat(cached("GET", "/css/app.css")).isFalse();
		assertThat(cached("GET", "/actuator/health")).isFalse();
		assertThat(cached("GET", "/actuator/prometheus")).isFalse();
		assertThat(cached("GET", "/v3/api-docs")).isFalse();
		assertThat(cached("GET", "/swagger-ui.html")).isFalse();
		assertThat(cached("GET", "/swagger-ui/index.html")).isFalse();
		assertThat(cached("POST", "/signals")).isFalse();
		assertThat(cached("HEAD", "/signals")).isFalse();
	}

	@Test
	void notForALoggedInUserNorForAClientThatWantsNoHtml() {
		MockHttpServletRequest loggedIn = new MockHttpServletRequest("GET", "/signals");
		loggedIn.setAttribute(CurrentUserFilter.ATTRIBUTE, "admin");
		MockHttpServletRequest json = new MockHttpServletRequest("GET", "/signals");
		json.addHeader("Accept", "application/json");
		MockHttpServletRequest browser = new MockHttpServletRequest("GET", "/signals");
		browser.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

		assertThat(filter.shouldNotFilter(loggedIn)).isTrue();
		assertThat(filter.shouldNotFilter(json)).isTrue();
		assertThat(filter.shouldNotFilter(browser)).isFalse();
	}

	private boolean cached(String method, String path) {
		return !filter.shouldNotFilter(new MockHttpServletRequest(method, path));
	}

}
