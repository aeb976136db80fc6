package org.signaldigest.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.signaldigest.DatabaseTables;
import org.signaldigest.DatabaseTest;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.SignalDigestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command line, run as a user runs it: its own application context, its exit
 * codes and output.
 */
@DatabaseTest
@ExtendWith(EmptyDatabaseExtension.class)
class ImportCommandTest {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importsAFolderAndExitsZero() {
		SamplePages.copyTo(folder);

		int status = run(folder.toString());

		assertThat(status).isZero();
		List<String> lines = out().lines().filter(line -> !line.startsWith("    ")).toList();
		assertThat(lines).hasSize(SamplePages.COUNT + 1);
		assertThat(lines).contains("imported   27203920581  " + folder.resolve("27203920581.md"),
				"imported   002d4d9211952bdfe5bbac13ccf20947  "
						+ folder.resolve("002d4d9211952bdfe5bbac13ccf20947.md"));
		assertThat(out()).contains("    warning: Keywords");
		assertThat(lines.get(lines.size() - 1)).matches(
				"17 pages: 17 imported, 0 updated, 0 unchanged, 0 failed, 0 skipped in [0-9.]+ s \\([0-9]+ pages/s\\)");
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Database: jdbc:postgresql:");
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(SamplePages.COUNT);

		assertThat(run("--quiet", folder.toString())).isZero();
		assertThat(out().lines().toList()).last()
			.asString()
			.startsWith("17 pages: 0 imported, 0 updated, 17 unchanged");
	}

	@Test
	void exitsOneWhenAPageFailsAndStillImportsTheOthers() throws IOException {
		Files.writeString(folder.resolve("empty.md"), "");
		SamplePages.copyTo(folder, "27203920581");

		int status = run("--quiet", folder.toString());

		assertThat(status).isEqualTo(1);
		assertThat(out().lines().toList()).hasSize(3)
			.first()
			.isEqualTo("failed     empty  " + folder.resolve("empty.md"));
		assertThat(out().lines().toList().get(1)).startsWith("    error: ").containsIgnoringCase("empty");
		assertThat(out().lines().toList().get(2)).startsWith("2 pages: 1 imported, 0 updated, 0 unchanged, 1 failed");
		assertThat(DatabaseTables.count(jdbc, "article")).isEqualTo(1);
	}

	@Test
	void aDryRunSaysSoAndWritesNothing() {
		SamplePages.copyTo(folder);

		assertThat(run("--dry-run", "--quiet", folder.toString())).isZero();

		assertThat(out()).contains("17 imported").contains("dry run: nothing was written");
		assertThat(DatabaseTables.count(jdbc, "article")).isZero();
	}

	@Test
	void eachRunIsInTheImportHistoryWithItsPages() throws IOException {
		Files.writeString(folder.resolve("empty.md"), "");
		SamplePages.copyTo(folder, "27203920581");

		assertThat(run("--quiet", folder.toString())).isEqualTo(1);
		assertThat(run("--dry-run", "--quiet", folder.toString(), folder.resolve("27203920581.md").toString()))
			.isEqualTo(1);

		assertThat(jdbc
			.sql("select username, via, dry_run, file_count, page_total, pages_done, imported, unchanged,"
					+ " failed, status from import_run order by id")
			.query((row, n) -> List.of(row.getString(1), row.getString(2), row.getBoolean(3), row.getInt(4),
					row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getString(10)))
			.list())
			.containsExactly(List.of(System.getProperty("user.name"), "cli", false, 1, 2, 2, 1, 0, 1, "finished"),
					List.of(System.getProperty("user.name"), "cli", true, 2, 3, 3, 0, 2, 1, "finished"));
		assertThat(jdbc
			.sql("select position, location, page_id, outcome, array_length(errors, 1) from import_run_page"
					+ " where run_id = 1 order by position")
			.query((row, n) -> List.of(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
					row.getObject(5) == null ? 0 : row.getInt(5)))
			.list())
			.containsExactly(List.of(1, folder.resolve("27203920581.md").toString(), "27203920581", "IMPORTED", 0),
					List.of(2, folder.resolve("empty.md").toString(), "empty", "FAILED", 1));
	}

	@Test
	void exitsTwoOnAUsageError() {
		assertThat(run()).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: no PATH given").contains("usage:");

		err.reset();
		assertThat(run("--frobnicate", folder.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: unknown option --frobnicate");
		assertThat(out()).isEmpty();
	}

	private int run(String... args) {
		out.reset();
		return new ImportCommand(SignalDigestApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false)
			.run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

}
