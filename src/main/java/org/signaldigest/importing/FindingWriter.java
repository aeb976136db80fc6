package org.signaldigest.importing;

import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Writes the rows of an article's five tables, in page order. */
final class FindingWriter {

	private static final List<String> TABLES = List.of("signal", "concern", "behavior", "technology", "issue");

	private final NamedParameterJdbcTemplate jdbc;

	FindingWriter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long articleId, ParsedPage page) {
		insertRows(articleId, "signal", ", change, ten_year, driving_force", ", :change, :tenYear, :drivingForce",
				page.signals(), signal -> new MapSqlParameterSource("name", signal.name())
					.addValue("description", signal.description())
					.addValue("change", signal.change())
					.addValue("tenYear", signal.tenYear())
					.addValue("drivingForce", signal.drivingForce())
					.addValue("relevancy", signal.relevancy()));
		insertFindings(articleId, "concern", page.concerns());
		insertFindings(articleId, "behavior", page.behaviors());
		insertFindings(articleId, "technology", page.technologies());
		insertFindings(articleId, "issue", page.issues());
	}

	void deleteAll(long articleId) {
		for (String table : TABLES) {
			jdbc.update("delete from " + table + " where article_id = :article",
					new MapSqlParameterSource("article", articleId));
		}
	}

	private void insertFindings(long articleId, String table, List<ParsedFinding> rows) {
		insertRows(articleId, table, "", "", rows, finding -> new MapSqlParameterSource("name", finding.name())
			.addValue("description", finding.description())
			.addValue("relevancy", finding.relevancy()));
	}

	private <T> void insertRows(long articleId, String table, String extraColumns, String extraValues, List<T> rows,
			Function<T, MapSqlParameterSource> values) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into " + table + " (article_id, position, name, description" + extraColumns
				+ ", relevancy) values (:article, :position, :name, :description" + extraValues + ", :relevancy)",
				Batches.positioned(articleId, rows.size(), position -> values.apply(rows.get(position))));
	}

}
