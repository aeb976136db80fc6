package org.signaldigest.listing;

/**
 * The default orders of the lists, as SQL, each followed by an index (V4): lists that use
 * them walk the index and stop after a page.
 */
public final class Ordering {

	/**
	 * Articles over the alias {@code a}: newest digest first, then digest id, then page
	 * id.
	 */
	public static final String ARTICLES_NEWEST_FIRST = "a.digest_date desc nulls last, a.digest_id desc, a.page_id";

	/**
	 * Rows of the five tables over the alias {@code f}: newest digest first, then in page
	 * order.
	 */
	public static final String ROWS_NEWEST_FIRST = "f.digest_date desc nulls last, f.page_id, f.position";

	/**
	 * The tables' order unless sorted otherwise, over the row alias {@code f}: most
	 * relevant first, then newest digest, then page order.
	 */
	public static final String ROWS_MOST_RELEVANT_FIRST = "f.relevancy desc nulls last, f.digest_date desc nulls last,"
			+ " f.page_id, f.position";

	private Ordering() {
	}

}
