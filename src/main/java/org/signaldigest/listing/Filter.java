package org.signaldigest.listing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.signaldigest.listing.FilterParameter.Control;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters every list and export understands, bound from GET parameters (all optional,
 * all combinable). Each component is the one description of its filter: its name, type
 * and validation here, what it selects and how the form asks for it in its
 * {@link FilterParameter} ({@link FilterField}), its words in the messages. Adding a
 * filter is adding a component (and its messages).
 *
 * @param q full-text search
 * @param minRelevancy rows with at least this relevancy (1–5)
 * @param relevancy rows with exactly one of these relevancies (repeatable)
 * @param theme theme slugs the article must all carry (repeatable)
 * @param keyword keyword slugs the article must all carry (repeatable)
 * @param category the article's category
 * @param type the article's type
 * @param from digest date on or after (0001-01-01 to 9999-12-31, {@link SupportedDate})
 * @param to digest date on or before (0001-01-01 to 9999-12-31)
 * @param unconfirmedDate true for articles whose digest date is missing or unconfirmed
 * ({@link ConfirmedDates}); no other value
 */
public record Filter(
// @formatter:off
		@FilterParameter(condition = Condition.FULL_TEXT, control = Control.SEARCH)
		@Size(max = 200) String q,
		@FilterParameter(condition = Condition.MIN_RELEVANCY, control = Control.RELEVANCY)
		@Min(1) @Max(5) Integer minRelevancy,
		@FilterParameter(condition = Condition.ANY_RELEVANCY, control = Control.HIDDEN)
		List<@Min(1) @Max(5) Integer> relevancy,
		@FilterParameter(condition = Condition.ALL_THEMES, control = Control.HIDDEN)
		@Size(max = 20) List<String> theme,
		@FilterParameter(condition = Condition.ALL_KEYWORDS, control = Control.HIDDEN)
		@Size(max = 20) List<String> keyword,
		@FilterParameter(condition = Condition.ARTICLE_EQUALS, control = Control.CHOICE)
		@Size(max = 200) String category,
		@FilterParameter(condition = Condition.ARTICLE_EQUALS, control = Control.CHOICE)
		@Size(max = 200) String type,
		@FilterParameter(condition = Condition.ON_OR_AFTER, control = Control.DATE)
		@SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@FilterParameter(condition = Condition.ON_OR_BEFORE, control = Control.DATE)
		@SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@FilterParameter(condition = Condition.UNCONFIRMED_DATE, control = Control.HIDDEN)
		@AssertTrue(message = "must be true or absent") Boolean unconfirmedDate) {
	// @formatter:on

	/** Every filter, in the order of the components. */
	public static final List<FilterField> FIELDS = FilterField.of(Filter.class);

	/** No filter at all. */
	public static final Filter NONE = create(new Object[FIELDS.size()]);

	public Filter {
		relevancy = relevancy == null ? List.of() : relevancy;
		theme = theme == null ? List.of() : theme;
		keyword = keyword == null ? List.of() : keyword;
	}

	@AssertTrue(message = "from must not be after to")
	boolean isDateRangeOrdered() {
		return from == null || to == null || !from.isAfter(to);
	}

	/**
	 * @return every filter, set or not: what the filter form asks for
	 */
	public List<FilterField> fields() {
		return FIELDS;
	}

	/**
	 * @return whether no filter is set
	 */
	public boolean isEmpty() {
		return FIELDS.stream().noneMatch(field -> field.isSet(this));
	}

	/**
	 * @return the filters that are set, with their values, in the order of the fields
	 */
	public List<Active> active() {
		return FIELDS.stream().filter(field -> field.isSet(this)).map(field -> {
			List<Object> values = field.values(this);
			return new Active(field, values, values.stream().map(String::valueOf).toList());
		}).toList();
	}

	/**
	 * @return this filter with the one of this name set to a value (one value or a list
	 * of them for a repeatable one), or cleared with null
	 */
	public Filter with(String name, Object value) {
		Object[] values = components();
		int index = indexOf(name);
		values[index] = FIELDS.get(index).repeatable() && value != null && !(value instanceof Collection<?>)
				? List.of(value) : value;
		return create(values);
	}

	/**
	 * @return this filter without the filters that match
	 */
	public Filter without(Predicate<FilterField> which) {
		Object[] values = components();
		for (int i = 0; i < FIELDS.size(); i++) {
			if (which.test(FIELDS.get(i))) {
				values[i] = null;
			}
		}
		return create(values);
	}

	/**
	 * A filter that is set, its values, and the words that show each value (a term's name
	 * rather than its slug, once resolved by {@link ResolvedFilter#active()}).
	 */
	public record Active(FilterField field, List<Object> values, List<String> labels) {
	}

	private Object[] components() {
		return FIELDS.stream().map(field -> field.read(this)).toArray();
	}

	private static int indexOf(String name) {
		for (int i = 0; i < FIELDS.size(); i++) {
			if (FIELDS.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no filter is named " + name);
	}

	private static Filter create(Object[] values) {
		try {
			Class<?>[] types = Arrays.stream(Filter.class.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			Constructor<Filter> canonical = Filter.class.getDeclaredConstructor(types);
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex instanceof InvocationTargetException target ? target.getCause() : ex);
		}
	}

}
