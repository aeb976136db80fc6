package org.signaldigest.importing;

import java.util.List;

import org.signaldigest.kind.TermKind;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the figures over the whole collection (materialized views: term and digest
 * counts, articles per month, rows by relevancy, the home page's counts) up to date once
 * an import run changed the database. Concurrently: pages keep reading the previous
 * figures until the new ones are ready.
 */
@Component
class Summaries {

	/** In dependency order: collection_stats reads the ones before it. */
	static final List<String> VIEWS = List.of("keyword_stats", "theme_stats", "digest_stats", "month_stats",
			"keyword_month_stats", "theme_month_stats", "finding_stats", "collection_stats");

	private final JdbcTemplate jdbc;

	Summaries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Names the terms by their spellings ({@link TermNames}), then refreshes the figures.
	 */
	@EventListener
	void refresh(ImportFinished finished) {
		for (TermKind kind : TermKind.values()) {
			jdbc.update(TermNames.update(kind));
		}
		VIEWS.forEach(view -> jdbc.execute("refresh materialized view concurrently " + view));
	}

}
