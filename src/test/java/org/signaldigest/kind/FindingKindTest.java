package org.signaldigest.kind;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The route pattern of the five tables must name exactly the kinds, in order. */
class FindingKindTest {

	@Test
	void thePathsPatternListsEveryKindAndNothingElse() {
		String paths = Arrays.stream(FindingKind.values()).map(FindingKind::path).collect(Collectors.joining("|"));

		assertThat(FindingKind.PATHS).isEqualTo(paths);
	}

}
