package org.signaldigest.trend;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.signaldigest.trend.GroupAssignment.Assignment;
import org.signaldigest.trend.GroupAssignment.NamedSignal;

import static org.assertj.core.api.Assertions.assertThat;

class GroupAssignmentTest {

	private final Representatives representatives = new Representatives();

	@Test
	void aSignalKeepsItsGroupWhileStillSimilarOrJoinsTheMostSimilarOneOrStartsOne() {
		representatives.add("quantum sensing", 1);
		representatives.add("ai regulation push", 2);
		representatives.add("ai regulation", 3);

		List<Assignment> assignments = GroupAssignment.assign(List.of(signal(0, "Quantum sensors", "quantum sensing"),
				signal(1, "AI regulation pushback", "quantum sensing"), signal(2, "Remote work fatigue", null),
				signal(3, "Remote-work fatigue", null)), representatives);

		assertThat(assignments).extracting(Assignment::representative)
			.containsExactly("quantum sensing", "ai regulation push", "remote work fatigue", "remote work fatigue");
		assertThat(representatives.takeUnwritten()).isEqualTo(Map.of("remote work fatigue", "Remote work fatigue"));
		assertThat(representatives.takeUnwritten()).isEmpty();
	}

	@Test
	void equallySimilarGroupsGoToTheFirstRepresentativeInCodePointOrder() {
		representatives.add("ab y", 1);
		representatives.add("ab x", 2);

		List<Assignment> assignments = GroupAssignment.assign(List.of(signal(0, "ab", null)), representatives);

		assertThat(assignments).containsExactly(new Assignment(7, 0, "ab x"));
	}

	@Test
	void namesWithoutLettersOrDigitsAreSimilarToNothingButShareTheirGroupWhenTheSame() {
		List<Assignment> assignments = GroupAssignment
			.assign(List.of(signal(0, "—", null), signal(1, "?", null), signal(2, "—", null)), representatives);

		assertThat(assignments).extracting(Assignment::representative).containsExactly("—", "?", "—");
		assertThat(representatives.takeUnwritten()).containsOnlyKeys("—", "?");
	}

	@Test
	void groupsWrittenGetTheirIdsAndTheNewestIdIsKept() {
		GroupAssignment.assign(List.of(signal(0, "Quantum sensing", null)), representatives);
		representatives.identify("quantum sensing", 41);
		representatives.add("ai regulation", 12);

		assertThat(representatives.id("quantum sensing")).isEqualTo(41);
		assertThat(representatives.newestId()).isEqualTo(41);
	}

	private static NamedSignal signal(int position, String name, String former) {
		return new NamedSignal(7, position, name, name.toLowerCase(java.util.Locale.ROOT), former);
	}

}
