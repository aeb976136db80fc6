package org.signaldigest.background;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * One gauge {@code digest.background.backlog} per {@link Backlog} bean, tagged with its
 * work. Work kept in the database (what is left to group, to embed) is the same figure on
 * every instance; work an instance holds in memory (the imports it has queued) is its
 * own.
 */
@Component
class BacklogMeters implements MeterBinder {

	static final String NAME = "digest.background.backlog";

	private final List<Backlog> backlogs;

	BacklogMeters(List<Backlog> backlogs) {
		this.backlogs = backlogs;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Backlog backlog : backlogs) {
			Gauge.builder(NAME, backlog, Backlog::size)
				.tag("work", backlog.work())
				.description("Items of background work waiting or under way")
				.strongReference(true)
				.register(registry);
		}
	}

}
