package org.signaldigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The embedded database of one scale, in DIR/pgdata: the generated corpus of that many pages imported by the real
 * CLI into an empty data directory, once. DIR/imported.txt names the corpus once the import has succeeded; a data
 * directory without it, or with another corpus, is made anew.
 *
 * @param database the running server, with pg_stat_statements
 * @param dataDirectory where its data lives (the app is pointed at it)
 * @param importRun the CLI import that filled it, or null when it was reused
 */
record ScaleDatabase(Database database, Path dataDirectory, CliRun importRun) {

	static ScaleDatabase open(int pages, long seed, Path jar, Path dir) throws IOException, SQLException,
			InterruptedException {
		Path data = dir.resolve("pgdata").toAbsolutePath();
		Path marker = dir.resolve("imported.txt");
		String corpusName = pages + " pages, seed " + seed;
		if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(corpusName)) {
			System.err.println("Reusing " + data + " (" + corpusName + ")");
			return new ScaleDatabase(Database.embedded(data, false), data, null);
		}
		Files.deleteIfExists(marker);
		GeneratedCorpus.deleteTree(data);
		Path corpus = dir.resolve("corpus");
		GeneratedCorpus.write(pages, seed, corpus);
		Database database = Database.embedded(data, false);
		try {
			CliRun run = CliRun.execute("scale-" + pages, jar, corpus, database, null, dir);
			if (run.failed() > 0 || run.imported() != pages) {
				throw new IllegalStateException("The import of " + corpusName + " imported " + run.imported()
						+ " and failed " + run.failed() + "; see " + dir.resolve("import-scale-" + pages + ".log"));
			}
			Files.writeString(marker, corpusName + "\n");
			GeneratedCorpus.deleteTree(corpus);
			return new ScaleDatabase(database, data, run);
		}
		catch (IOException | SQLException | InterruptedException | RuntimeException ex) {
			closeQuietly(database, ex);
			throw ex;
		}
	}

	private static void closeQuietly(Database database, Exception cause) {
		try {
			database.close();
		}
		catch (Exception ex) {
			cause.addSuppressed(ex);
		}
	}

}
