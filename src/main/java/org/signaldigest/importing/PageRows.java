package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.kind.TermKind;
import org.signaldigest.parser.ParsedFinding;
import org.signaldigest.parser.ParsedPage;
import org.signaldigest.parser.Slugs;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL and parameters that write everything of a page but its article row: the terms
 * it names (created when new), then in one statement the rows of its five tables, its
 * links to its terms, and that its signals are to be grouped (SignalGrouping groups them
 * once the page is committed). Positions keep the page's order. Table names come from the
 * kinds, never from input.
 */
final class PageRows {

	/**
	 * Creates the page's terms not seen before, in slug order so that concurrent imports
	 * cannot deadlock.
	 */
	static final String UPSERT_TERMS = """
			insert into %1$s (slug, name) select slug, name from unnest(:%1$sSlugs::text[], :%1$sNames::text[])
			  as t(slug, name) order by slug on conflict (slug) do nothing""";

	/** The columns only signals have, and the suffixes of their parameters. */
	private static final Map<String, String> SIGNAL_COLUMNS = new LinkedHashMap<>();

	static {
		SIGNAL_COLUMNS.put("change", "Change");
		SIGNAL_COLUMNS.put("ten_year", "TenYear");
		SIGNAL_COLUMNS.put("driving_force", "DrivingForce");
	}

	static final String INSERT_ROWS = "with " + Stream
		.concat(Arrays.stream(FindingKind.values()).map(PageRows::findings),
				Arrays.stream(TermKind.values()).map(PageRows::links))
		.collect(Collectors.joining(",\n")) + """
				,
				ungrouped as (
				  insert into ungrouped_article (article_id) values (:article) on conflict do nothing)
				select 1""";

	private PageRows() {
	}

	private static String findings(FindingKind kind) {
		String table = kind.table();
		String more = kind.isSignal() ? ", " + String.join(", ", SIGNAL_COLUMNS.keySet()) : "";
		String moreArrays = kind.isSignal() ? SIGNAL_COLUMNS.values()
			.stream()
			.map(suffix -> ", :" + table + suffix + "::text[]")
			.collect(Collectors.joining()) : "";
		String body = kind.isSignal() ? "concat_ws(' ', description" + more + ")" : "description";
		return """
				%1$s as (
				  insert into %2$s (article_id, position, name, description%3$s, relevancy, digest_date, page_id, search)
				  select :article, ord - 1, name, description%3$s, relevancy, cast(:digestDate as date), :pageId,
				    finding_search(cast(:title as text), name, %5$s)
				  from unnest(:%2$sName::text[], :%2$sDescription::text[]%4$s, :%2$sRelevancy::int4[])
				    with ordinality as r(name, description%3$s, relevancy, ord))"""
			.formatted(kind.path(), table, more, moreArrays, body);
	}

	private static String links(TermKind kind) {
		return """
				%1$s_links as (
				  insert into %2$s (article_id, %3$s, position)
				  select :article, term.id, ord - 1 from unnest(:%1$sSlugs::text[]) with ordinality as r(slug, ord)
				  join %1$s term on term.slug = r.slug)""".formatted(kind.table(), kind.linkTable(), kind.linkColumn());
	}

	/**
	 * The parameters of {@link #UPSERT_TERMS}: each slug once, with its first spelling,
	 * in slug order.
	 */
	static void addTerms(MapSqlParameterSource parameters, ParsedPage page) {
		for (TermKind kind : TermKind.values()) {
			List<Map.Entry<String, String>> terms = new ArrayList<>(new TreeMap<>(nameBySlug(page, kind)).entrySet());
			parameters.addValue(kind.table() + "Slugs", SqlArrays.text(terms, Map.Entry::getKey))
				.addValue(kind.table() + "Names", SqlArrays.text(terms, Map.Entry::getValue));
		}
	}

	/**
	 * The page's keywords or themes by slug, in page order; "AI" and "ai" are one term,
	 * spelt as first seen.
	 */
	private static Map<String, String> nameBySlug(ParsedPage page, TermKind kind) {
		Map<String, String> nameBySlug = new LinkedHashMap<>();
		for (String name : kind == TermKind.KEYWORDS ? page.keywords() : page.themes()) {
			String slug = Slugs.of(name);
			if (!slug.isEmpty()) {
				nameBySlug.putIfAbsent(slug, name);
			}
		}
		return nameBySlug;
	}

	/**
	 * The parameters of {@link #INSERT_ROWS}. Each row of the five tables also carries
	 * its article's digest date, page id and title (in its search vector): the keys that
	 * lists sort and search it by.
	 */
	static MapSqlParameterSource rows(long articleId, String pageId, ParsedPage page) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("article", articleId).addValue("pageId", pageId)
			.addValue("digestDate", page.digestDate())
			.addValue("title", page.title());
		for (FindingKind kind : FindingKind.values()) {
			List<ParsedFinding> rows = page.findings(kind);
			String table = kind.table();
			parameters.addValue(table + "Name", SqlArrays.text(rows, ParsedFinding::name))
				.addValue(table + "Description", SqlArrays.text(rows, ParsedFinding::description))
				.addValue(table + "Relevancy", SqlArrays.integers(rows, ParsedFinding::relevancy));
			if (kind.isSignal()) {
				parameters.addValue(table + "Change", SqlArrays.text(rows, ParsedFinding::change))
					.addValue(table + "TenYear", SqlArrays.text(rows, ParsedFinding::tenYear))
					.addValue(table + "DrivingForce", SqlArrays.text(rows, ParsedFinding::drivingForce));
			}
		}
		for (TermKind kind : TermKind.values()) {
			List<String> slugs = List.copyOf(nameBySlug(page, kind).keySet());
			parameters.addValue(kind.table() + "Slugs", SqlArrays.text(slugs, Function.identity()));
		}
		return parameters;
	}

}
