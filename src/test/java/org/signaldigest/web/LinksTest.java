package org.signaldigest.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Links from a view to variations of it, and what they say of the view. */
class LinksTest {

	@Test
	void theDefaultSortShowsUntilAnotherIsAskedForAndItsLinkReversesIt() {
		Links unsorted = links("/signals", "theme", "ai");
		assertThat(unsorted.direction("relevancy", "relevancy,desc")).isEqualTo("desc");
		assertThat(unsorted.direction("name", "relevancy,desc")).isNull();
		assertThat(unsorted.direction("relevancy")).isNull();
		assertThat(unsorted.sort("relevancy", "relevancy,desc")).isEqualTo("/signals?theme=ai&sort=relevancy,asc");
		assertThat(unsorted.sort("name", "relevancy,desc")).isEqualTo("/signals?theme=ai&sort=name,asc");

		Links byName = links("/signals", "sort", "name,desc");
		assertThat(byName.direction("relevancy", "relevancy,desc")).isNull();
		assertThat(byName.direction("name", "relevancy,desc")).isEqualTo("desc");
		assertThat(byName.sort("name", "relevancy,desc")).isEqualTo("/signals?sort=name,asc");
	}

	@Test
	void theNavigationKnowsItsSectionAndThePageItsSize() {
		Links article = links("/articles/abc");
		assertThat(article.currentSection("/articles")).isEqualTo("page");
		assertThat(article.currentSection("/")).isNull();
		assertThat(article.currentSection("/art")).isNull();
		assertThat(links("/").currentSection("/")).isEqualTo("page");
		assertThat(links("/signals.atom").currentSection("/signals")).isEqualTo("page");

		assertThat(links("/signals").pageSize(50, 50)).isTrue();
		assertThat(links("/signals", "size", "20").pageSize(20, 50)).isTrue();
		assertThat(links("/signals", "size", "20").pageSize(50, 50)).isFalse();
	}

	@Test
	void exportsAndFeedsLeaveOutHowThePageShows() {
		Links view = links("/signals", "theme", "ai", "size", "20", "hide", "change", "facetSize", "100", "page", "2",
				"sort", "name,asc");

		assertThat(view.same("/api/signals.csv")).isEqualTo("/api/signals.csv?theme=ai&sort=name,asc");
		assertThat(view.filtered("/signals.atom")).isEqualTo("/signals.atom?theme=ai");
		assertThat(view.toggle("hide", "tenYear"))
			.isEqualTo("/signals?theme=ai&size=20&hide=change&hide=tenYear&facetSize=100&sort=name,asc");
	}

	private static Links links(String path, String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		return new Links(request);
	}

}
