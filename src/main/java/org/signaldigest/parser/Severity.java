package org.signaldigest.parser;

/** How serious a {@link Problem} found while parsing a page is. */
public enum Severity {

	/** The page is rejected. */
	ERROR,
	/** The page is kept; something was odd, repaired or ignored. */
	WARNING

}
