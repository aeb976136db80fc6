package org.signaldigest.search;

import java.util.List;

/** The best matches of one kind, and how many there are in all. */
public record SearchGroup(SearchKind kind, long total, List<SearchHit> hits) {
}
