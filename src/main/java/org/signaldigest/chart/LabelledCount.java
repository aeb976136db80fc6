package org.signaldigest.chart;

/**
 * A count of one category, what a column of a {@link BarChart} shows.
 *
 * @param key the value a link to this category's rows filters on, or null when there is
 * none (e.g. "no relevancy")
 * @param label what the axis says under the column
 * @param tone the colour's name, a suffix of the CSS class {@code bar-}, or null for the
 * default colour
 */
public record LabelledCount(String key, String label, long count, String tone) {
}
