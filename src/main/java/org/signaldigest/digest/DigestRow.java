package org.signaldigest.digest;

import java.time.LocalDate;

/**
 * A digest as listed: its id, date (null when its id is not a date), and how many
 * articles and signals it has.
 */
public record DigestRow(String id, LocalDate date, long articles, long signals) {
}
