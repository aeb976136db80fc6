package org.signaldigest.digest;

import java.time.LocalDate;

/**
 * A digest as listed: its id, date (null when its id is not a date), and how many
 * articles and signals it has.
 *
 * @param confirmed whether its date is confirmed (listing.ConfirmedDates): one of its
 * articles was imported on or after it
 */
public record DigestRow(String id, LocalDate date, long articles, long signals, boolean confirmed) {
}
