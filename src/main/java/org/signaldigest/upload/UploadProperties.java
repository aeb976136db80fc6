package org.signaldigest.upload;

import java.nio.file.Path;
import java.time.Duration;

import org.signaldigest.importing.ReadLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import through the web form and the API ({@code digest.upload.*}). Whole
 * requests are limited by {@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}.
 *
 * @param maxFileSize the most a page may have (default 5MB); a bigger one fails on its
 * own
 * @param maxZipEntries the most entries a zip may have (default 10000); a zip with more
 * is refused whole
 * @param maxZipBytes the most a zip's pages may have together once unpacked, counted
 * while reading (default 200MB); a zip with more is refused whole
 * @param tempDirectory where uploads wait for their import (default: the system's
 * temporary folder)
 * @param keepDryRuns how long the files of a dry run made through the form are kept, to
 * be imported for real from its report without choosing them again (default 1h)
 */
@ConfigurationProperties("digest.upload")
record UploadProperties(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("10000") int maxZipEntries,
		@DefaultValue("200MB") DataSize maxZipBytes, Path tempDirectory, @DefaultValue("1h") Duration keepDryRuns) {

	UploadProperties {
		if (tempDirectory == null) {
			tempDirectory = Path.of(System.getProperty("java.io.tmpdir"));
		}
	}

	ReadLimits limits() {
		return new ReadLimits(maxFileSize.toBytes(), maxZipEntries, maxZipBytes.toBytes());
	}

}
