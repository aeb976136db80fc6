package org.signaldigest.upload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * An import that was running when the app stopped (killed, or past the 30 s it waits on
 * shutdown) would show "running" for ever: when the web app starts, it is marked as ended
 * with the reason. (Not in the import command, which may run beside the app.)
 */
@Component
@ConditionalOnWebApplication
class LeftoverRuns implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LeftoverRuns.class);

	private final ImportRuns runs;

	LeftoverRuns(ImportRuns runs) {
		this.runs = runs;
	}

	@Override
	public void run(ApplicationArguments args) {
		int interrupted = runs.interruptLeftovers();
		if (interrupted > 0) {
			log.warn("{} import(s) had not ended when the app last stopped; marked as crashed", interrupted);
		}
	}

}
