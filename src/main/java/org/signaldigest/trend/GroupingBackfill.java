package org.signaldigest.trend;

import java.util.List;
import java.util.Map;

import org.signaldigest.background.Backlog;
import org.signaldigest.background.ExclusiveWork;
import org.signaldigest.importing.WrittenPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On start, groups the signals of the articles left ungrouped: those of a database made
 * before V5, or pages whose grouping failed after they were written. Oldest digest first,
 * a chunk of pages at a time, as an import does. Usually there are none, and this costs
 * one look at an empty table. One instance does it: one that starts while another is at
 * it leaves it to that one. What is left is the backlog {@code grouping} of the metrics.
 */
@Component
class GroupingBackfill implements Backlog {

	private static final Logger log = LoggerFactory.getLogger(GroupingBackfill.class);

	private static final int CHUNK = 256;

	private final NamedParameterJdbcTemplate jdbc;

	private final SignalGrouping grouping;

	private final ExclusiveWork exclusive;

	GroupingBackfill(NamedParameterJdbcTemplate jdbc, SignalGrouping grouping, ExclusiveWork exclusive) {
		this.jdbc = jdbc;
		this.grouping = grouping;
		this.exclusive = exclusive;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		exclusive.runIfFree("grouping-backfill", this::groupUngroupedPages);
	}

	@Override
	public String work() {
		return "grouping";
	}

	@Override
	public long size() {
		return jdbc.queryForObject("select count(*) from ungrouped_article", Map.of(), Long.class);
	}

	void groupUngroupedPages() {
		List<String> pageIds = jdbc.queryForList("select a.page_id from ungrouped_article u join article a on a.id ="
				+ " u.article_id order by a.digest_date nulls last, a.page_id", Map.of(), String.class);
		if (pageIds.isEmpty()) {
			return;
		}
		log.info("Grouping the signals of {} pages not grouped yet", pageIds.size());
		long start = System.nanoTime();
		WrittenPages.Run run = grouping.newRun();
		for (int from = 0; from < pageIds.size(); from += CHUNK) {
			run.written(pageIds.subList(from, Math.min(from + CHUNK, pageIds.size())));
		}
		log.info("Grouped the signals of {} pages in {} ms", pageIds.size(), (System.nanoTime() - start) / 1_000_000);
	}

}
