package org.signaldigest.taxonomy;

import jakarta.validation.constraints.Size;

import org.signaldigest.parser.Slugs;

/**
 * The name prefix a list of terms is filtered on, bound from {@code ?prefix=}:
 * case-insensitive, matched against the slug and the name, so "data-p", "Data P" and
 * "data p" all find "data privacy".
 */
public record TermPrefix(@Size(max = 100) String prefix) {

	static final TermPrefix NONE = new TermPrefix(null);

	public TermPrefix {
		prefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
	}

	public boolean isEmpty() {
		return prefix == null;
	}

	/**
	 * @return the prefix in slug form, or null when it has no letter or digit
	 */
	String slugPrefix() {
		if (prefix == null) {
			return null;
		}
		String slug = Slugs.of(prefix);
		return slug.isEmpty() ? null : slug;
	}

}
