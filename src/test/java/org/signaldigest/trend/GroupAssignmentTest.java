package org.signaldigest.trend;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.signaldigest.trend.GroupAssignment.Assignment;
import org.signaldigest.trend.GroupAssignment.Candidate;
import org.signaldigest.trend.GroupAssignment.PageSignal;

import static org.assertj.core.api.Assertions.assertThat;

class GroupAssignmentTest {

	@Test
	void aSignalKeepsItsGroupOrJoinsTheMostSimilarOneOrStartsOne() {
		List<Assignment> assignments = GroupAssignment.assign(List.of(
				signal(0, "kept", 7L, new Candidate(9L, "other", 0.9), 1, 0, 0),
				signal(1, "joins", null, new Candidate(9L, "joins a lot", 0.6), 0, 1, 0),
				signal(2, "alone", null, new Candidate(9L, "far", 0.49), 0, 0, 1)));

		assertThat(assignments).containsExactly(new Assignment(0, 7L, null), new Assignment(1, 9L, null),
				new Assignment(2, null, "alone"));
	}

	@Test
	void aSignalMayJoinAGroupStartedEarlierOnTheSamePageWhenThatIsMoreSimilar() {
		List<Assignment> assignments = GroupAssignment.assign(List.of(signal(0, "ai rules", null, null, 1, 0.8f),
				signal(1, "ai rule", null, new Candidate(3L, "ai ruling", 0.7), 0.8f, 1)));

		assertThat(assignments).containsExactly(new Assignment(0, null, "ai rules"),
				new Assignment(1, null, "ai rules"));
	}

	@Test
	void equallySimilarGroupsGoToTheFirstRepresentativeInCodePointOrder() {
		List<Assignment> assignments = GroupAssignment.assign(List.of(signal(0, "b", null, null, 1, 0.6f),
				signal(1, "c", null, new Candidate(3L, "z", 0.6), 0.6f, 1),
				signal(2, "a", null, new Candidate(4L, "a", 0.6), 0, 0, 1)));

		assertThat(assignments).containsExactly(new Assignment(0, null, "b"), new Assignment(1, null, "b"),
				new Assignment(2, 4L, null));
	}

	private static PageSignal signal(int position, String name, Long kept, Candidate best, float... similarities) {
		return new PageSignal(position, name, name, kept, best, similarities);
	}

}
