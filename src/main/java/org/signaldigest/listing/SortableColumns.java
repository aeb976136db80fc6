package org.signaldigest.listing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The columns a table may be sorted by, each mapped to its SQL expression: a request can
 * only choose among them, and asking for another one is a 400. Null values always sort
 * last.
 */
public final class SortableColumns {

	private final Map<String, String> sqlByProperty;

	private SortableColumns(Map<String, String> sqlByProperty) {
		this.sqlByProperty = sqlByProperty;
	}

	/**
	 * @param propertiesAndSql property, SQL expression, property, SQL expression, …
	 */
	public static SortableColumns of(String... propertiesAndSql) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < propertiesAndSql.length; i += 2) {
			map.put(propertiesAndSql[i], propertiesAndSql[i + 1]);
		}
		return new SortableColumns(map);
	}

	/**
	 * Rejects any sort column not listed (page and size are checked by
	 * web.ParameterCheck).
	 */
	public Pageable check(Pageable pageable) {
		check(pageable.getSort());
		return pageable;
	}

	/** Rejects any sort column not listed. */
	public Sort check(Sort sort) {
		for (Sort.Order order : sort) {
			if (!sqlByProperty.containsKey(order.getProperty())) {
				throw new BadParameterException("sort: \"" + order.getProperty() + "\" is not a sortable column (use "
						+ String.join(", ", sqlByProperty.keySet()) + ")");
			}
		}
		return sort;
	}

	/**
	 * @return the ORDER BY list for the requested sort, or {@code defaultOrder} when none
	 * was requested
	 */
	public String orderBy(Sort sort, String defaultOrder) {
		if (sort.isUnsorted()) {
			return defaultOrder;
		}
		String requested = sort.stream()
			.map(order -> sqlByProperty.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc")
					+ " nulls last")
			.collect(Collectors.joining(", "));
		return requested + ", " + defaultOrder;
	}

}
