package org.signaldigest.search;

import jakarta.validation.constraints.Size;

/** What to search for, bound from {@code ?q=}; blank is no search at all. */
public record SearchForm(@Size(max = 200) String q) {

	public SearchForm {
		q = q == null || q.isBlank() ? null : q.strip();
	}

	public boolean isEmpty() {
		return q == null;
	}

}
