package org.signaldigest.browser;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.signaldigest.TestDatabase;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as a reader sees it on a real collection: the sample pages and the 79 real
 * pages of {@code src/test/resources/corpus-wide} (never edited), in a database of their
 * own, so that the other browser tests keep the samples alone. The importer may log in.
 */
@TestPropertySource(properties = { "digest.admin.username=" + WideCorpusBrowserTest.IMPORTER,
		"digest.admin.password=" + WideCorpusBrowserTest.PASSWORD })
abstract class WideCorpusBrowserTest extends BrowserTest {

	static final int WIDE_PAGES = 79;

	static final String IMPORTER = "importer";

	static final String PASSWORD = "browser-test-secret";

	@Autowired
	ImportService imports;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		String url = WideDatabase.URL;
		registry.add("spring.datasource.url", () -> url);
	}

	@BeforeAll
	void importTheWideCorpus() throws IOException {
		var summary = imports.importPaths(List.of(new ClassPathResource("corpus-wide").getFile().toPath()), false,
				ImportListener.NONE);
		assertThat(summary.anyFailed()).isFalse();
		assertThat(summary.pages()).hasSize(WIDE_PAGES);
	}

	/** The database of the wide corpus, made once per run. */
	private static final class WideDatabase {

		static final String URL = TestDatabase.get().newDatabase("wide");

	}

}
