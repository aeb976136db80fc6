package org.signaldigest.article;

import java.util.List;

import org.springframework.data.domain.Page;

/** A page of a list, as every list API returns it: {@code {"content":[…],"page":{size,number,totalElements,totalPages}}}. */
public record PageJson<T>(List<T> content, Metadata page) {

	public record Metadata(int size, int number, long totalElements, int totalPages) {
	}

	public static <T> PageJson<T> of(Page<T> page) {
		return new PageJson<>(page.getContent(),
				new Metadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
	}

}
