package org.signaldigest.importing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page ids become URLs: they must be short, safe slugs (the same rule as the database's
 * CHECK).
 */
final class PageIds {

	static final int MAX_LENGTH = 200;

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private PageIds() {
	}

	/**
	 * @return why the id cannot be used, or empty when it can
	 */
	static Optional<String> problemWith(String pageId) {
		if (pageId.isEmpty()) {
			return Optional.of("the file name gives an empty page id");
		}
		if (pageId.length() > MAX_LENGTH) {
			return Optional
				.of("the page id is " + pageId.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
		}
		if (!SAFE.matcher(pageId).matches()) {
			return Optional.of("the page id \"" + pageId + "\" may only contain letters, digits, '.', '_' and '-'"
					+ " and must start with a letter or digit");
		}
		return Optional.empty();
	}

}
