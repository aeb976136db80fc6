package org.signaldigest.chart;

/**
 * A labelled place on an axis.
 *
 * @param at the x of a tick of the month axis, the y of a tick of the count axis
 */
public record Tick(String label, double at) {
}
