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

	@Test
	void aTermsPluralSharesTheSlugOfItsSingular() {
		assertThat(Slugs.term("AI models")).isEqualTo("ai-model").isEqualTo(Slugs.term("AI model"));
		assertThat(Slugs.term("chatbots")).isEqualTo("chatbot");
		assertThat(Slugs.term("knowledge graphs")).isEqualTo(Slugs.term("Knowledge Graph"))
			.isEqualTo("knowledge-graph");
		assertThat(Slugs.term("Regulations ")).isEqualTo("regulations");
		assertThat(Slugs.term("EU regulations")).isEqualTo("eu-regulation");
		assertThat(Slugs.term("emerging technologies")).isEqualTo("emerging-technology");
		assertThat(Slugs.term("smart watches")).isEqualTo("smart-watch");
		assertThat(Slugs.term("glasses")).isEqualTo("glass");
		assertThat(Slugs.term("cookies")).isEqualTo("cookie");
		assertThat(Slugs.term("Data privacy")).isEqualTo(Slugs.of("data-privacy"));
	}

	@Test
	void namesAndWordsThatAreNotPluralsKeepTheirSlug() {
		assertThat(Slugs.term("Las Vegas")).isEqualTo("las-vegas");
		assertThat(Slugs.term("Uber Eats")).isEqualTo("uber-eats");
		assertThat(Slugs.term("fake news")).isEqualTo("fake-news");
		assertThat(Slugs.term("AI ethics")).isEqualTo("ai-ethics");
		assertThat(Slugs.term("algorithmic bias")).isEqualTo("algorithmic-bias");
		assertThat(Slugs.term("business")).isEqualTo("business");
		assertThat(Slugs.term("crisis")).isEqualTo("crisis");
		assertThat(Slugs.term("virus")).isEqualTo("virus");
		assertThat(Slugs.term("gas")).isEqualTo("gas");
		assertThat(Slugs.term("évaluations")).isEqualTo("evaluations");
		assertThat(Slugs.term("!!!")).isEmpty();
	}

}
