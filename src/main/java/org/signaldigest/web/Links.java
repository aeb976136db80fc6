package org.signaldigest.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.signaldigest.listing.Columns;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links from the current view to a variation of it: another page, another sort, one
 * filter more or less. Every other parameter of the current request is kept, so paging
 * and sorting never lose a filter. Templates reach it as {@code ${links}}.
 */
public class Links {

	private final String path;

	private final HttpServletRequest request;

	private Map<String, String[]> parameters;

	/**
	 * Reads the request's parameters only when a link is asked for: every view gets its
	 * links, the error page too, and the parameters of an upload refused for its sender
	 * are in a body that must stay unread.
	 */
	public Links(HttpServletRequest request) {
		this.path = request.getRequestURI();
		this.request = request;
	}

	private Map<String, String[]> parameters() {
		if (this.parameters == null) {
			this.parameters = this.request.getParameterMap();
		}
		return this.parameters;
	}

	/** The same view, at another page. */
	public String page(int page) {
		MultiValueMap<String, String> query = current();
		query.set("page", Integer.toString(page));
		return build(path, query);
	}

	/**
	 * The same view sorted by this column: ascending first, descending when it is already
	 * ascending.
	 */
	public String sort(String property) {
		return sort(property, null);
	}

	/**
	 * The same view sorted by this column: ascending first, descending when it is already
	 * ascending, by request or by default.
	 * @param defaultSort the sort of the view when none is requested, e.g.
	 * "relevancy,desc", or null
	 */
	public String sort(String property, String defaultSort) {
		MultiValueMap<String, String> query = current();
		query.remove("page");
		query.set("sort", property + ("asc".equals(direction(property, defaultSort)) ? ",desc" : ",asc"));
		return build(path, query);
	}

	/**
	 * @return "asc" or "desc" when the view is sorted by this column, else null
	 */
	public String direction(String property) {
		return direction(property, null);
	}

	/**
	 * @return "asc" or "desc" when the view is sorted by this column, by request or (when
	 * none is requested) by default, else null
	 * @param defaultSort the sort of the view when none is requested, e.g.
	 * "relevancy,desc", or null
	 */
	public String direction(String property, String defaultSort) {
		String[] sort = parameters().get("sort");
		String requested = sort == null || sort.length == 0 || sort[0].isBlank() ? defaultSort : sort[0];
		if (requested == null) {
			return null;
		}
		String[] parts = requested.split(",");
		if (parts.length == 0 || !parts[0].equals(property)) {
			return null;
		}
		return parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? "desc" : "asc";
	}

	/**
	 * @return "page" when the current page is this section of the site (its path, or a
	 * page under it), else null: the navigation's aria-current
	 */
	public String currentSection(String section) {
		return path.equals(section) || path.startsWith(section + "/") || path.startsWith(section + ".") ? "page" : null;
	}

	/**
	 * @return whether the view shows this many rows a page
	 */
	public boolean pageSize(int size, int defaultSize) {
		String[] sizes = parameters().get("size");
		return sizes == null || sizes.length == 0 || sizes[0].isBlank() ? size == defaultSize
				: sizes[0].strip().equals(Integer.toString(size));
	}

	/**
	 * The same view with this value of a repeatable filter added, or removed when it is
	 * already there.
	 */
	public String toggle(String name, Object value) {
		MultiValueMap<String, String> query = current();
		query.remove("page");
		List<String> values = new ArrayList<>(query.getOrDefault(name, List.of()));
		String text = String.valueOf(value);
		if (!values.remove(text)) {
			values.add(text);
		}
		query.put(name, values);
		return build(path, query);
	}

	/**
	 * The same view filtered on this single value, or no longer filtered on it when it
	 * already is.
	 */
	public String choose(String name, Object value) {
		return with(name, has(name, value) ? null : value);
	}

	/**
	 * @return whether this value of a filter is active
	 */
	public boolean has(String name, Object value) {
		String[] values = parameters().get(name);
		return values != null && List.of(values).contains(String.valueOf(value));
	}

	/**
	 * The same view with this filter set to one value (or removed when the value is
	 * null).
	 */
	public String with(String name, Object value) {
		MultiValueMap<String, String> query = current();
		query.remove("page");
		if (value == null) {
			query.remove(name);
		}
		else {
			query.set(name, String.valueOf(value));
		}
		return build(path, query);
	}

	/** Another address with the current view's filters and sort, e.g. its CSV export. */
	public String same(String otherPath) {
		return build(otherPath, unpaged());
	}

	/**
	 * Another address with the current view's filters only, without page, size or sort:
	 * the Atom feed of a view (a feed has an order of its own), or the view of a feed.
	 */
	public String filtered(String otherPath) {
		MultiValueMap<String, String> query = unpaged();
		query.remove("sort");
		return build(otherPath, query);
	}

	/** The same view with no filter at all. */
	public String cleared() {
		return path;
	}

	/**
	 * The view's filters and sort, without what only changes how the page shows them: the
	 * page, its size, the hidden columns and the number of facet values.
	 */
	private MultiValueMap<String, String> unpaged() {
		MultiValueMap<String, String> query = current();
		List.of("page", "size", Columns.PARAMETER, "facetSize").forEach(query::remove);
		return query;
	}

	private MultiValueMap<String, String> current() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		parameters().forEach((name, values) -> {
			for (String value : values) {
				if (!value.isEmpty()) {
					query.add(name, value);
				}
			}
		});
		return query;
	}

	/**
	 * Encodes every name and value as a query parameter, so that "&", "#" or "+" (which a
	 * server reads as a space) in a filter survive the link. The path is the request's,
	 * already encoded.
	 */
	private static String build(String path, MultiValueMap<String, String> query) {
		MultiValueMap<String, String> encoded = new LinkedMultiValueMap<>();
		query.forEach((name, values) -> values.forEach(value -> encoded.add(encode(name), encode(value))));
		return UriComponentsBuilder.fromPath(path).queryParams(encoded).build(true).toUriString();
	}

	private static String encode(String parameter) {
		return UriUtils.encodeQueryParam(parameter, StandardCharsets.UTF_8).replace("+", "%2B");
	}

}
