package org.signaldigest.parser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@Test
	void spellingsOfOneTermShareASlug() {
		assertThat(Slugs.of("Data Privacy")).isEqualTo("data-privacy");
		assertThat(Slugs.of("  data-privacy ")).isEqualTo("data-privacy");
		assertThat(Slugs.of("DATA_PRIVACY")).isEqualTo("data-privacy");
	}

	@Test
	void accentsAreDroppedAndOtherScriptsKept() {
		assertThat(Slugs.of("Lhéritage du sang")).isEqualTo("lheritage-du-sang");
		assertThat(Slugs.of("évaluation académique")).isEqualTo("evaluation-academique");
		assertThat(Slugs.of("合わせ箸")).isEqualTo("合わせ箸");
		assertThat(Slugs.of("AR/VR")).isEqualTo("ar-vr");
	}

	@Test
	void aTermWithoutLetterOrDigitHasAnEmptySlug() {
		assertThat(Slugs.of("!!! —")).isEmpty();
		assertThat(Slugs.of("-")).isEmpty();
	}

}
