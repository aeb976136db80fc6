package org.signaldigest.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words that say what a filtered view shows, for its title and heading: "Signals with
 * relevancy ≥ 4 — theme: Data privacy". Each filter is worded by its message
 * {@code filter.value.NAME} (its chip's too), terms by their names; those that only rows
 * understand qualify the rows ("with …"), the others follow a dash.
 */
public final class ViewTitles {

	private ViewTitles() {
	}

	public static String describe(String what, ResolvedFilter filter, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder title = new StringBuilder(what);
		List<String> parts = new ArrayList<>();
		for (Filter.Active active : filter.active()) {
			String and = " " + messages.getMessage("filter.and", null, locale) + " ";
			String values = String.join(and, active.labels());
			String part = messages.getMessage("filter.value." + active.field().name(), new Object[] { values }, locale);
			if (active.field().condition().rowsOnly()) {
				title.append(' ').append(messages.getMessage("filter.with", new Object[] { part }, locale));
			}
			else {
				parts.add(part);
			}
		}
		if (!parts.isEmpty()) {
			title.append(" — ").append(String.join(", ", parts));
		}
		return title.toString();
	}

}
