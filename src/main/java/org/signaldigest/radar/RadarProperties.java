package org.signaldigest.radar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the radar counts, so that it stays fast however broad the filter. (How many signals
 * it draws is the visitor's choice, {@link RadarView#top()}.)
 *
 * @param countLimit the most matching signals counted: beyond it the page says "M+"
 * instead of counting them all
 * @param newDigestDates how many of the newest digest dates (not in the future) make a
 * signal "new"
 */
@ConfigurationProperties("digest.radar")
record RadarProperties(@DefaultValue("1000") int countLimit, @DefaultValue("1") int newDigestDates) {
}
