package org.signaldigest.trend;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, groups the signals of the pages imported before signals were grouped (a database made before V5), one
 * transaction per page, oldest digest first: imports group their pages as they write them, so afterwards there is
 * nothing left to do and this costs one query.
 */
@Component
class GroupingBackfill {

	private static final Logger log = LoggerFactory.getLogger(GroupingBackfill.class);

	private static final String UNGROUPED = """
			select a.page_id from article a
			where exists (select 1 from signal s where s.article_id = a.id and s.name is not null and btrim(s.name) <> '')
			  and not exists (select 1 from signal_group_member m where m.article_id = a.id)
			order by a.digest_date nulls last, a.page_id""";

	private final NamedParameterJdbcTemplate jdbc;

	private final SignalGrouping grouping;

	private final TransactionTemplate transaction;

	GroupingBackfill(NamedParameterJdbcTemplate jdbc, SignalGrouping grouping, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.grouping = grouping;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void groupUngroupedPages() {
		List<String> pageIds = jdbc.queryForList(UNGROUPED, Map.of(), String.class);
		if (pageIds.isEmpty()) {
			return;
		}
		log.info("Grouping the signals of {} pages imported before signals were grouped", pageIds.size());
		long start = System.nanoTime();
		for (String pageId : pageIds) {
			transaction.executeWithoutResult(status -> grouping.group(pageId));
		}
		log.info("Grouped the signals of {} pages in {} ms", pageIds.size(), (System.nanoTime() - start) / 1_000_000);
	}

}
