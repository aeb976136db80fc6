package org.signaldigest.filter;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.signaldigest.web.SupportedDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters every table and export understands, bound from GET parameters (all
 * optional, all combinable).
 *
 * @param q full-text search
 * @param minRelevancy rows with at least this relevancy (1–5)
 * @param relevancy rows with exactly one of these relevancies (repeatable)
 * @param theme theme slugs the article must all carry (repeatable)
 * @param keyword keyword slugs the article must all carry (repeatable)
 * @param category the article's category
 * @param type the article's type
 * @param from digest date on or after ({@link SupportedDate}: 0001-01-01 to 9999-12-31)
 * @param to digest date on or before (the same)
 */
public record Filter(@Size(max = 200) String q, @Min(1) @Max(5) Integer minRelevancy,
		List<@Min(1) @Max(5) Integer> relevancy, @Size(max = 20) List<String> theme,
		@Size(max = 20) List<String> keyword, String category, String type,
		@SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null);

	public Filter {
		q = blankToNull(q);
		category = blankToNull(category);
		type = blankToNull(type);
		relevancy = relevancy == null ? List.of() : relevancy.stream().filter(r -> r != null).distinct().toList();
		theme = cleaned(theme);
		keyword = cleaned(keyword);
	}

	@AssertTrue(message = "from must not be after to")
	boolean isDateRangeOrdered() {
		return from == null || to == null || !from.isAfter(to);
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> cleaned(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

}
