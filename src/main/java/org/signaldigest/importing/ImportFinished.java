package org.signaldigest.importing;

/**
 * Published once an import run that changed the database is over (some page imported or
 * updated), so that what is derived from many pages (summaries, groups, caches) can be
 * brought up to date in one go.
 */
public record ImportFinished(ImportSummary summary) {

}
