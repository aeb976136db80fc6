package org.signaldigest.listing;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total may be a lower bound: counting every match of a broad
 * filter over millions of rows costs more than showing them, so counts stop at a cap and
 * the list says "more than" that many.
 */
public class CountedPage<T> extends PageImpl<T> {

	/** Where counts of broad filters stop. */
	public static final int COUNT_CAP = 1_000;

	private final boolean totalExact;

	private CountedPage(List<T> content, Pageable pageable, long total, boolean totalExact) {
		super(content, pageable, total);
		this.totalExact = totalExact;
	}

	public static <T> CountedPage<T> exact(List<T> content, Pageable pageable, long total) {
		return new CountedPage<>(content, pageable, total, true);
	}

	/**
	 * @param rows the page's rows, plus one more when there are more after it
	 * @param counted the matches counted, up to {@code cap}
	 */
	public static <T> CountedPage<T> bounded(List<T> rows, Pageable pageable, long counted, long cap) {
		boolean more = rows.size() > pageable.getPageSize();
		List<T> content = more ? rows.subList(0, pageable.getPageSize()) : rows;
		if (counted < cap || (!more && !content.isEmpty())) {
			return new CountedPage<>(content, pageable, counted < cap ? counted : pageable.getOffset() + content.size(),
					true);
		}
		return new CountedPage<>(content, pageable,
				Math.max(cap, pageable.getOffset() + content.size() + (more ? 1 : 0)), false);
	}

	@Override
	public <U> CountedPage<U> map(Function<? super T, ? extends U> converter) {
		return new CountedPage<>(getConvertedContent(converter), getPageable(), getTotalElements(), totalExact);
	}

	/**
	 * @return false when {@link #getTotalElements()} is only a lower bound of the matches
	 */
	public boolean isTotalExact() {
		return totalExact;
	}

}
