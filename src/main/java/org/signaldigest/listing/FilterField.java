package org.signaldigest.listing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.Size;

/**
 * One filter of the lists, as its component of {@link Filter} describes it: the one
 * description everything else (SQL, form, chips, titles) is derived from.
 *
 * @param name the GET parameter, e.g. "minRelevancy"
 * @param condition what it keeps
 * @param control how the filter form asks for it
 * @param repeatable whether it takes several values
 * @param maxLength the longest text it takes ({@link Size} on its component), or 0
 */
public record FilterField(String name, Condition condition, FilterParameter.Control control, boolean repeatable,
		int maxLength, Method accessor) {

	/** The fields of the filter, in the order of its components. */
	static List<FilterField> of(Class<? extends Record> filter) {
		return Arrays.stream(filter.getRecordComponents()).map(FilterField::of).toList();
	}

	private static FilterField of(RecordComponent component) {
		FilterParameter parameter = Objects.requireNonNull(component.getAnnotation(FilterParameter.class),
				() -> component + " has no @FilterParameter");
		Size size = component.getAccessor().getAnnotation(Size.class);
		return new FilterField(component.getName(), parameter.condition(), parameter.control(),
				Collection.class.isAssignableFrom(component.getType()), size == null ? 0 : size.max(),
				component.getAccessor());
	}

	/**
	 * @return the message key of its label in the filter form
	 */
	public String labelKey() {
		return "filter." + name;
	}

	/**
	 * @return the filter's values: none when it is not set, one for a single value,
	 * distinct values in the order given for a repeatable one; texts stripped, blank ones
	 * left out
	 */
	public List<Object> values(Filter filter) {
		Object value = read(filter);
		Stream<?> values = value instanceof Collection<?> collection ? collection.stream() : Stream.of(value);
		return values.filter(Objects::nonNull)
			.map(v -> v instanceof String text ? text.strip() : v)
			.filter(v -> !(v instanceof String text) || !text.isEmpty())
			.distinct()
			.map(Object.class::cast)
			.toList();
	}

	/**
	 * @return whether the filter has a value for this field
	 */
	public boolean isSet(Filter filter) {
		return !values(filter).isEmpty();
	}

	Object read(Filter filter) {
		try {
			return accessor.invoke(filter);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + name + " of " + filter, ex);
		}
	}

}
