package org.signaldigest.importing;

import java.util.List;

/**
 * What derives data from the pages an import writes (signal groups), told as soon as a
 * chunk of pages is committed, so that the import need not know what it feeds. Each run
 * of an import gets a {@link Run} of its own, which may keep what it learnt from one
 * chunk for the next.
 */
public interface WrittenPages {

	Run newRun();

	/** One import run's share of the work. */
	interface Run {

		/**
		 * Called with the page ids of each chunk whose pages were written and committed,
		 * in the order of the pages.
		 * @throws org.springframework.dao.DataAccessException when the database refused
		 * the work: the pages stay imported and their reports say so
		 */
		void written(List<String> pageIds);

	}

}
