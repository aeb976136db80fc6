package org.signaldigest.listing;

import java.util.List;
import java.util.Set;

/**
 * The columns of a table a reader may hide, and those the request hides: the repeatable
 * parameter {@code hide} (e.g. {@code hide=change&hide=tenYear}), kept by every link of
 * the view, so that a view with fewer columns is a bookmark too. Naming a column the
 * table cannot hide is a 400.
 */
public final class Columns {

	/** The request parameter. */
	public static final String PARAMETER = "hide";

	private final List<String> hideable;

	private final Set<String> hidden;

	private Columns(List<String> hideable, Set<String> hidden) {
		this.hideable = hideable;
		this.hidden = hidden;
	}

	/**
	 * @param hidden the values of the parameter, or null
	 * @param hideable the columns that may be hidden, in the table's order
	 */
	public static Columns of(List<String> hidden, List<String> hideable) {
		List<String> asked = hidden == null ? List.of() : hidden.stream().filter(name -> !name.isBlank()).toList();
		for (String name : asked) {
			if (!hideable.contains(name)) {
				throw new BadParameterException(PARAMETER + ": \"" + name + "\" is not a column this table can hide"
						+ " (use " + String.join(", ", hideable) + ")");
			}
		}
		return new Columns(List.copyOf(hideable), Set.copyOf(asked));
	}

	/**
	 * @return the columns that may be hidden, in the table's order
	 */
	public List<String> hideable() {
		return hideable;
	}

	/**
	 * @return whether the column shows: always for one that cannot be hidden
	 */
	public boolean shown(String column) {
		return !hidden.contains(column);
	}

}
