import type { Paper } from "../model";

/** What the Atom parser gives: the papers, the entries that could not become one, and what was left out. */
export interface AtomEntryError {
	/** The arXiv ID the error is about, when arXiv named one. */
	id?: string;
	message: string;
}

export interface AtomFeed {
	papers: Paper[];
	errors: AtomEntryError[];
	/**
	 * What was left out of a paper that was still read, for the importer to pass on: a category that
	 * is not an arXiv category (`<img src=x>`, `cs.AI]]`). Only present when there is something to say.
	 */
	warnings?: string[];
}
