package org.signaldigest.finding;

import java.time.LocalDate;

/**
 * A row of one of the five tables with its article, as the tables and exports show it.
 * {@code change}, {@code tenYear} and {@code drivingForce} are null except for signals.
 */
public record FindingRow(long id, String articleId, String articleTitle, String digestId, LocalDate digestDate,
		String name, String description, String change, String tenYear, String drivingForce, Integer relevancy) {
}
