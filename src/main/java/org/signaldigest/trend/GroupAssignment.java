package org.signaldigest.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The grouping rule, applied to the named signals of one page in page order. A signal
 * <ol>
 * <li>stays in the group it was in (the page is re-imported) while its name is still similar to that group's
 * representative;</li>
 * <li>otherwise joins the group whose representative is the most similar to its name, at least
 * {@link Similarity#THRESHOLD}: groups that existed before the page and groups started by an earlier signal of the
 * page alike, ties going to the representative first in code point order;</li>
 * <li>otherwise starts a group, whose representative is its lower-cased name.</li>
 * </ol>
 * Representatives never change and members are only ever compared with them, never with each other, so a group
 * cannot drift by chains of small differences.
 */
final class GroupAssignment {

	private static final Comparator<Candidate> BEST = Comparator.comparingDouble(Candidate::similarity)
		.reversed()
		.thenComparing(Candidate::representative);

	private GroupAssignment() {
	}

	/** @param signals the page's named signals, in page order */
	static List<Assignment> assign(List<PageSignal> signals) {
		List<Assignment> assignments = new ArrayList<>(signals.size());
		for (int i = 0; i < signals.size(); i++) {
			PageSignal signal = signals.get(i);
			if (signal.keptGroup() != null) {
				assignments.add(new Assignment(signal.position(), signal.keptGroup(), null));
				continue;
			}
			List<Candidate> candidates = new ArrayList<>();
			if (signal.best() != null && signal.best().similarity() >= Similarity.THRESHOLD) {
				candidates.add(signal.best());
			}
			for (int j = 0; j < i; j++) {
				Assignment earlier = assignments.get(j);
				if (earlier.startsGroup(signals.get(j)) && signal.similarities()[j] >= Similarity.THRESHOLD) {
					candidates.add(new Candidate(null, earlier.newRepresentative(), signal.similarities()[j]));
				}
			}
			Candidate chosen = candidates.stream().min(BEST).orElse(null);
			if (chosen == null) {
				assignments.add(new Assignment(signal.position(), null, signal.normalisedName()));
			}
			else {
				assignments.add(new Assignment(signal.position(), chosen.groupId(),
						chosen.groupId() == null ? chosen.representative() : null));
			}
		}
		return assignments;
	}

	/**
	 * A named signal of the page as the database sees it.
	 * @param normalisedName its lower-cased name (as PostgreSQL lower-cases it)
	 * @param keptGroup the group it was in before and is still similar to, or null
	 * @param best the most similar group that existed before the page, or null
	 * @param similarities its similarity to each named signal of the page, in page order
	 */
	record PageSignal(int position, String name, String normalisedName, Long keptGroup, Candidate best,
			float[] similarities) {
	}

	/** A group a signal may join; {@code groupId} is null for a group started earlier on the same page. */
	record Candidate(Long groupId, String representative, double similarity) {
	}

	/**
	 * Where a signal goes: an existing group ({@code groupId}), or the group started on this page with
	 * {@code newRepresentative} (by this signal, or by an earlier one).
	 */
	record Assignment(int position, Long groupId, String newRepresentative) {

		boolean startsGroup(PageSignal signal) {
			return groupId == null && newRepresentative.equals(signal.normalisedName());
		}

	}

}
