package org.signaldigest.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * The grouping rule, applied to named signals in page order (the order their pages were
 * imported in). A signal
 * <ol>
 * <li>stays in the group it was in (its page is re-imported) while its name is still
 * similar to that group's representative;</li>
 * <li>otherwise joins the group whose representative is the most similar to its name, at
 * least {@link Similarity#THRESHOLD}: groups of earlier imports and groups started by an
 * earlier signal alike, ties going to the representative first in code point order;</li>
 * <li>otherwise starts a group, whose representative is its lower-cased name.</li>
 * </ol>
 * Representatives never change and members are only ever compared with them, never with
 * each other, so a group cannot drift by chains of small differences.
 */
final class GroupAssignment {

	private GroupAssignment() {
	}

	/**
	 * @param signals named signals, in page order
	 * @param representatives every group so far; the groups the signals start are added
	 * to it, to be written
	 */
	static List<Assignment> assign(List<NamedSignal> signals, Representatives representatives) {
		List<Assignment> assignments = new ArrayList<>(signals.size());
		for (NamedSignal signal : signals) {
			long[] ofName = Trigrams.of(signal.normalisedName());
			String representative = signal.formerRepresentative();
			if (representative == null || !representatives.stillSimilar(ofName, representative)) {
				representative = representatives.mostSimilar(signal.normalisedName(), ofName);
			}
			if (representative == null) {
				representative = signal.normalisedName();
				representatives.start(representative, signal.name());
			}
			assignments.add(new Assignment(signal.articleId(), signal.position(), representative));
		}
		return assignments;
	}

	/**
	 * A signal with a name, as the database sees it.
	 *
	 * @param name its name as written
	 * @param normalisedName its lower-cased name (as PostgreSQL lower-cases it)
	 * @param formerRepresentative the representative of the group it was in before its
	 * page was re-imported, or null
	 */
	record NamedSignal(long articleId, int position, String name, String normalisedName, String formerRepresentative) {
	}

	/** The group a signal goes to, by its representative. */
	record Assignment(long articleId, int position, String representative) {
	}

}
