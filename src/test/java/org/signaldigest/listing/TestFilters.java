package org.signaldigest.listing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.DataBinder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * Filters for tests, written as the query string of a request ("minRelevancy=4&theme=ai")
 * and bound the way Spring MVC binds a request's parameters to a {@link Filter}.
 */
public final class TestFilters {

	private TestFilters() {
	}

	public static Filter parse(String query) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
			String[] nameAndValue = parameter.split("=", 2);
			parameters.add(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
		}
		DataBinder binder = new DataBinder(null, "filter");
		binder.setConversionService(new DefaultFormattingConversionService());
		binder.setTargetType(ResolvableType.forClass(Filter.class));
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public Object resolveValue(String name, Class<?> type) {
				var values = parameters.get(name);
				return values == null ? null : values.size() == 1 ? values.get(0) : values.toArray(String[]::new);
			}

			@Override
			public java.util.Set<String> getNames() {
				return parameters.keySet();
			}
		});
		if (binder.getBindingResult().hasErrors()) {
			throw new IllegalArgumentException(query + ": " + binder.getBindingResult().getAllErrors());
		}
		return (Filter) binder.getTarget();
	}

	/**
	 * Makes a mock of {@link FilterTerms} resolve filters as {@link #unresolved}: for the
	 * tests of controllers, whose queries are mocks too.
	 */
	public static void resolveWithoutTerms(FilterTerms terms) {
		given(terms.resolve(any())).willAnswer(call -> new ResolvedFilter(call.getArgument(0), Map.of()));
	}

	/**
	 * The filter as the queries take it, with no term looked up (for tests that mock the
	 * queries).
	 */
	public static ResolvedFilter unresolved(String query) {
		return new ResolvedFilter(parse(query), Map.of());
	}

}
