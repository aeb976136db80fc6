package org.signaldigest.listing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CountedPageTest {

	private static final PageRequest SECOND_PAGE = PageRequest.of(1, 3);

	@Test
	void aCountUnderTheCapIsTheExactTotal() {
		CountedPage<String> page = CountedPage.bounded(List.of("d", "e"), SECOND_PAGE, 5, 10);

		assertThat(page.isTotalExact()).isTrue();
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getContent()).containsExactly("d", "e");
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void aCountThatReachedTheCapIsALowerBoundWithANextPageWhenARowMoreWasRead() {
		CountedPage<String> page = CountedPage.bounded(List.of("d", "e", "f", "g"), SECOND_PAGE, 10, 10);

		assertThat(page.isTotalExact()).isFalse();
		assertThat(page.getContent()).containsExactly("d", "e", "f");
		assertThat(page.getTotalElements()).isEqualTo(10);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void beyondTheCapThePagerStillOffersTheNextPage() {
		PageRequest deep = PageRequest.of(9, 3);
		CountedPage<String> page = CountedPage.bounded(List.of("a", "b", "c", "d"), deep, 10, 10);

		assertThat(page.isTotalExact()).isFalse();
		assertThat(page.getTotalElements()).isEqualTo(31);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void theLastPageOfAListLongerThanTheCapMakesTheTotalExact() {
		PageRequest deep = PageRequest.of(9, 3);
		CountedPage<String> page = CountedPage.bounded(List.of("a", "b"), deep, 10, 10);

		assertThat(page.isTotalExact()).isTrue();
		assertThat(page.getTotalElements()).isEqualTo(29);
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void mappingKeepsWhetherTheTotalIsExact() {
		CountedPage<Integer> page = CountedPage.bounded(List.of("d", "e", "f", "g"), SECOND_PAGE, 10, 10)
			.map(String::length);

		assertThat(page.isTotalExact()).isFalse();
		assertThat(page.getContent()).containsExactly(1, 1, 1);
	}

}
