package org.signaldigest.bench;

/**
 * One statement of pg_stat_statements: its normalised text, calls, server time in all and
 * rows.
 */
public record StatementStat(String query, long calls, double totalMs, long rows) {
}
