package org.signaldigest.upload;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.signaldigest.importing.ImportHistory;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.PageReport;
import org.signaldigest.parser.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Import runs and their report rows, whoever started them (the form, the API, the import
 * command). Each statement commits on its own, so a running import shows its progress.
 */
@Repository
class ImportRuns implements ImportHistory {

	private static final String RUN_COLUMNS = "id, started_at, finished_at, username, via, dry_run, file_count,"
			+ " page_total, pages_done, imported, updated, unchanged, failed, skipped, status, error";

	private final NamedParameterJdbcTemplate jdbc;

	ImportRuns(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long start(String username, String via, boolean dryRun, int fileCount) {
		return jdbc.queryForObject(
				"insert into import_run (username, via, dry_run, file_count)"
						+ " values (:username, :via, :dryRun, :fileCount) returning id",
				new MapSqlParameterSource("username", username).addValue("via", via)
					.addValue("dryRun", dryRun)
					.addValue("fileCount", fileCount),
				Long.class);
	}

	@Override
	public void pagesDone(long runId, int firstPosition, int total, List<PageReport> reports) {
		jdbc.getJdbcTemplate()
			.batchUpdate("insert into import_run_page (run_id, position, location, page_id, outcome, errors, warnings)"
					+ " values (?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
						@Override
						public void setValues(PreparedStatement insert, int i) throws SQLException {
							PageReport report = reports.get(i);
							Connection connection = insert.getConnection();
							insert.setLong(1, runId);
							insert.setInt(2, firstPosition + i);
							insert.setString(3, report.location());
							insert.setString(4, report.pageId());
							insert.setString(5, report.outcome().name());
							insert.setArray(6, connection.createArrayOf("text", describe(report.problems(), true)));
							insert.setArray(7, connection.createArrayOf("text", describe(report.problems(), false)));
						}

						@Override
						public int getBatchSize() {
							return reports.size();
						}
					});
		MapSqlParameterSource counts = new MapSqlParameterSource("id", runId)
			.addValue("done", firstPosition + reports.size() - 1)
			.addValue("total", total);
		StringBuilder counters = new StringBuilder();
		for (ImportOutcome outcome : ImportOutcome.values()) {
			String counter = outcome.name().toLowerCase(Locale.ROOT);
			counters.append(", ").append(counter).append(" = ").append(counter).append(" + :").append(counter);
			counts.addValue(counter, reports.stream().filter(report -> report.outcome() == outcome).count());
		}
		jdbc.update("update import_run set pages_done = :done, page_total = :total" + counters + " where id = :id",
				counts);
	}

	@Override
	public void finish(long runId) {
		jdbc.update("update import_run set status = 'finished', finished_at = now(), page_total = pages_done"
				+ " where id = :id", new MapSqlParameterSource("id", runId));
	}

	@Override
	public void crash(long runId, String error) {
		jdbc.update("update import_run set status = 'crashed', finished_at = now(), error = :error where id = :id",
				new MapSqlParameterSource("id", runId).addValue("error", error));
	}

	/**
	 * Marks the runs that were still going when the app last stopped: they will never
	 * end.
	 */
	int interruptLeftovers() {
		return jdbc.update(
				"update import_run set status = 'crashed', finished_at = now(),"
						+ " error = 'the app stopped before this import ended' where status = 'running'",
				new MapSqlParameterSource());
	}

	Optional<ImportRun> find(long runId) {
		return jdbc
			.query("select " + RUN_COLUMNS + " from import_run where id = :id", new MapSqlParameterSource("id", runId),
					(row, n) -> run(row))
			.stream()
			.findFirst();
	}

	/**
	 * @return every report row of the run, in order
	 */
	List<RunPage> pages(long runId) {
		return lastPages(runId, Integer.MAX_VALUE);
	}

	/**
	 * @return the last {@code limit} report rows of the run, in order: what a running
	 * import shows
	 */
	List<RunPage> lastPages(long runId, int limit) {
		return jdbc.query("""
				select p.position, p.location, p.page_id, p.outcome, p.errors, p.warnings,
				  exists (select 1 from article a where a.page_id = p.page_id) as article_exists
				from (select * from import_run_page where run_id = :id order by position desc limit :limit) p
				order by p.position""", new MapSqlParameterSource("id", runId).addValue("limit", limit),
				(row, n) -> new RunPage(row.getInt("position"), row.getString("location"), row.getString("page_id"),
						ImportOutcome.valueOf(row.getString("outcome")), strings(row.getArray("errors")),
						strings(row.getArray("warnings")), row.getBoolean("article_exists")));
	}

	/**
	 * @return how many report rows the run has so far
	 */
	long pageCount(long runId) {
		return jdbc.queryForObject("select count(*) from import_run_page where run_id = :id",
				new MapSqlParameterSource("id", runId), Long.class);
	}

	/** Newest first. */
	Page<ImportRun> history(Pageable pageable) {
		List<ImportRun> runs = jdbc.query(
				"select " + RUN_COLUMNS + " from import_run"
						+ " order by started_at desc, id desc limit :limit offset :offset",
				new MapSqlParameterSource("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset()),
				(row, n) -> run(row));
		Long total = jdbc.getJdbcTemplate().queryForObject("select count(*) from import_run", Long.class);
		return new PageImpl<>(runs, pageable, total == null ? 0 : total);
	}

	private static ImportRun run(ResultSet row) throws SQLException {
		return new ImportRun(row.getLong("id"), row.getObject("started_at", OffsetDateTime.class),
				row.getObject("finished_at", OffsetDateTime.class), row.getString("username"), row.getString("via"),
				row.getBoolean("dry_run"), row.getInt("file_count"), row.getObject("page_total", Integer.class),
				row.getInt("pages_done"), row.getInt("imported"), row.getInt("updated"), row.getInt("unchanged"),
				row.getInt("failed"), row.getInt("skipped"), row.getString("status"), row.getString("error"));
	}

	private static String[] describe(List<Problem> problems, boolean errors) {
		return problems.stream()
			.filter(problem -> problem.isError() == errors)
			.map(Problem::describe)
			.toArray(String[]::new);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

}
