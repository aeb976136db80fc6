package org.signaldigest.importing;

import org.signaldigest.kind.TermKind;

/**
 * The name each keyword and theme is shown with: the spelling most of its articles use
 * (each link keeps its page's spelling), ties going to the spelling with the most capital
 * letters ("AI model" before "ai model"), then the shortest (the singular), then code
 * point order. The same links give the same name whatever order the pages came in.
 */
final class TermNames {

	private TermNames() {
	}

	/**
	 * The statement that names every term of this kind whose name is not the one above.
	 */
	static String update(TermKind kind) {
		return """
				update %1$s t set name = best.spelling
				from (select distinct on (term_id) term_id, spelling
				      from (select %2$s as term_id, spelling, count(*) as articles from %3$s group by 1, 2) counted
				      order by term_id, articles desc, length(regexp_replace(spelling, '[^[:upper:]]', '', 'g')) desc,
				        length(spelling), spelling collate "C") best
				where best.term_id = t.id and t.name is distinct from best.spelling""".formatted(kind.table(),
				kind.linkColumn(), kind.linkTable());
	}

}
