package org.signaldigest.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The files of a dry run are kept for a while, taken once, then deleted. */
class KeptUploadsTest {

	@TempDir
	Path temp;

	@Test
	void keptFilesAreTakenOnceAndDeletedWhenTheirTimeIsUp() throws IOException {
		KeptUploads kept = new KeptUploads(properties(Duration.ofMillis(300)));
		Upload taken = upload();
		Upload forgotten = upload();

		kept.keep(1, taken);
		kept.keep(2, forgotten);

		assertThat(kept.keptUntil(1)).isPresent();
		assertThat(kept.take(1)).containsSame(taken);
		assertThat(kept.take(1)).isEmpty();
		assertThat(kept.keptUntil(1)).isEmpty();
		assertThat(Files.exists(taken.files().get(0).path())).as("the taker deletes it").isTrue();
		Path file = forgotten.files().get(0).path();
		Awaitility.await("the files of run 2 deleted")
			.atMost(Duration.ofSeconds(10))
			.until(() -> !Files.exists(file) && kept.keptUntil(2).isEmpty());
		kept.destroy();
	}

	@Test
	void whatIsStillKeptIsDeletedWhenTheAppStops() throws IOException {
		KeptUploads kept = new KeptUploads(properties(Duration.ofHours(1)));
		Upload upload = upload();
		kept.keep(3, upload);

		kept.destroy();

		assertThat(Files.exists(upload.files().get(0).path())).isFalse();
		assertThat(kept.take(3)).isEmpty();
	}

	private Upload upload() throws IOException {
		return Upload.store(List
			.of(new MockMultipartFile("files", "a.md", "text/markdown", "# a".getBytes(StandardCharsets.UTF_8))), null,
				null, temp);
	}

	private UploadProperties properties(Duration keepDryRuns) {
		return new UploadProperties(DataSize.ofMegabytes(5), 10, DataSize.ofMegabytes(10), temp, keepDryRuns);
	}

}
