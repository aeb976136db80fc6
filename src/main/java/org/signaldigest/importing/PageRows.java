package org.signaldigest.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.signaldigest.kind.TermKind;
import org.signaldigest.parser.ParsedFinding;
import org.signaldigest.parser.ParsedPage;
import org.signaldigest.parser.ParsedSignal;
import org.signaldigest.parser.Problem;
import org.signaldigest.parser.Slugs;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL and parameters that write everything of a page but its article row: the terms
 * it names (created when new), then in one statement the rows of its five tables, its
 * links to its terms, its related pages, its warnings, and that its signals are to be
 * grouped (SignalGrouping groups them once the page is committed). Positions keep the
 * page's order. Table names come from here, never from input.
 */
final class PageRows {

	/**
	 * Creates the page's terms not seen before, in slug order so that concurrent imports
	 * cannot deadlock.
	 */
	static final String UPSERT_TERMS = """
			insert into %1$s (slug, name) select slug, name from unnest(:%1$sSlugs::text[], :%1$sNames::text[])
			  as t(slug, name) order by slug on conflict (slug) do nothing""";

	static final String INSERT_ROWS = """
			with signals as (
			  insert into signal (article_id, position, name, description, change, ten_year, driving_force, relevancy,
			    digest_date, page_id, search)
			  select :article, ord - 1, name, description, change, ten_year, driving_force, relevancy,
			    cast(:digestDate as date), :pageId,
			    finding_search(cast(:title as text), name, concat_ws(' ', description, change, ten_year, driving_force))
			  from unnest(:signalName::text[], :signalDescription::text[], :signalChange::text[],
			    :signalTenYear::text[], :signalDrivingForce::text[], :signalRelevancy::int4[])
			    with ordinality as r(name, description, change, ten_year, driving_force, relevancy, ord)),
			%s,
			%s,
			related as (
			  insert into article_related (article_id, position, related_page_id)
			  select :article, ord - 1, id from unnest(:related::text[]) with ordinality as r(id, ord)),
			warnings as (
			  insert into import_warning (article_id, position, section, line, message)
			  select :article, ord - 1, section, line, message
			  from unnest(:warningSection::text[], :warningLine::int4[], :warningMessage::text[])
			    with ordinality as r(section, line, message, ord)),
			ungrouped as (
			  insert into ungrouped_article (article_id) values (:article) on conflict do nothing)
			select 1""".formatted(
			String.join(",\n", findings("concern"), findings("behavior"), findings("technology"), findings("issue")),
			String.join(",\n", links(TermKind.KEYWORDS), links(TermKind.THEMES)));

	private PageRows() {
	}

	private static String findings(String table) {
		return """
				%1$ss as (
				  insert into %1$s (article_id, position, name, description, relevancy, digest_date, page_id, search)
				  select :article, ord - 1, name, description, relevancy, cast(:digestDate as date), :pageId,
				    finding_search(cast(:title as text), name, description)
				  from unnest(:%1$sName::text[], :%1$sDescription::text[], :%1$sRelevancy::int4[])
				    with ordinality as r(name, description, relevancy, ord))""".formatted(table);
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
	static MapSqlParameterSource rows(long articleId, String pageId, ParsedPage page, List<Problem> warnings) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("article", articleId).addValue("pageId", pageId)
			.addValue("digestDate", page.digestDate())
			.addValue("title", page.title());
		List<ParsedSignal> signals = page.signals();
		parameters.addValue("signalName", SqlArrays.text(signals, ParsedSignal::name))
			.addValue("signalDescription", SqlArrays.text(signals, ParsedSignal::description))
			.addValue("signalChange", SqlArrays.text(signals, ParsedSignal::change))
			.addValue("signalTenYear", SqlArrays.text(signals, ParsedSignal::tenYear))
			.addValue("signalDrivingForce", SqlArrays.text(signals, ParsedSignal::drivingForce))
			.addValue("signalRelevancy", SqlArrays.integers(signals, ParsedSignal::relevancy));
		addFindings(parameters, "concern", page.concerns());
		addFindings(parameters, "behavior", page.behaviors());
		addFindings(parameters, "technology", page.technologies());
		addFindings(parameters, "issue", page.issues());
		for (TermKind kind : TermKind.values()) {
			List<String> slugs = List.copyOf(nameBySlug(page, kind).keySet());
			parameters.addValue(kind.table() + "Slugs", SqlArrays.text(slugs, Function.identity()));
		}
		parameters.addValue("related", SqlArrays.text(page.relatedIds(), Function.identity()))
			.addValue("warningSection", SqlArrays.text(warnings, Problem::section))
			.addValue("warningLine", SqlArrays.integers(warnings, Problem::line))
			.addValue("warningMessage", SqlArrays.text(warnings, Problem::message));
		return parameters;
	}

	private static void addFindings(MapSqlParameterSource parameters, String table, List<ParsedFinding> rows) {
		parameters.addValue(table + "Name", SqlArrays.text(rows, ParsedFinding::name))
			.addValue(table + "Description", SqlArrays.text(rows, ParsedFinding::description))
			.addValue(table + "Relevancy", SqlArrays.integers(rows, ParsedFinding::relevancy));
	}

}
