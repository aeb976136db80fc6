package org.signaldigest.listing;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of a list, as every list API returns it:
 * {@code {"content":[…],"page":{size,number,totalElements,totalPages,totalExact}}};
 * {@code totalExact} is false when the total is a lower bound (see {@link CountedPage}).
 */
public record PageJson<T>(List<T> content, Metadata page) {

	public record Metadata(int size, int number, long totalElements, int totalPages, boolean totalExact) {
	}

	public static <T> PageJson<T> of(Page<T> page) {
		return new PageJson<>(page.getContent(), new Metadata(page.getSize(), page.getNumber(), page.getTotalElements(),
				page.getTotalPages(), !(page instanceof CountedPage<T> counted) || counted.isTotalExact()));
	}

}
