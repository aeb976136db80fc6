package org.signaldigest.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;

/** Which page of a list to show; bound from {@code ?page=&size=} and validated. */
record PageParams(@Min(0) Integer page, @Min(1) @Max(200) Integer size) {

	static final int DEFAULT_SIZE = 50;

	PageRequest toPageRequest() {
		return PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

}
