package org.signaldigest.radar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the radar shows, so that it stays readable and fast however broad the filter.
 *
 * @param maxDots the most signals on the radar: the first ones in
 * {@link RadarQueries#ORDER} (most relevant, then newest digest); the page says "showing
 * N of M"
 * @param countLimit the most matching signals counted: beyond it the page says "M+"
 * instead of counting them all
 * @param newDigestDates how many of the newest digest dates (not in the future) make a
 * signal "new"
 */
@ConfigurationProperties("digest.radar")
record RadarProperties(@DefaultValue("300") int maxDots, @DefaultValue("1000") int countLimit,
		@DefaultValue("1") int newDigestDates) {
}
