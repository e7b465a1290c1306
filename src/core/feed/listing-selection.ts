import { termPattern, termWords, wordsMatch } from "./filter";
import type { ListingItem } from "./rss";

/**
 * What the listing preview offers and takes: the papers ticked, the filter typed over them, and the
 * rule that Import takes exactly the ticked papers the user can see. A ticked paper the filter hides
 * stays ticked (it is back when the filter is cleared) but is not imported, and the preview says so.
 */
export class ListingSelection {
	private readonly checked = new Set<string>();
	private readonly words: Map<string, (readonly string[])[]>;
	private term = "";
	private shown: ReadonlySet<string>;

	constructor(
		readonly items: readonly ListingItem[],
		private readonly known: ReadonlySet<string>,
	) {
		// Papers the vault has are offered unticked; the others ticked.
		for (const { paper } of items) if (!known.has(paper.id)) this.checked.add(paper.id);
		// Title, abstract, authors and categories apart: a phrase does not run from one into the next.
		this.words = new Map(items.map(({ paper }) => [paper.id, [paper.title, paper.abstract, paper.authors.join(", "), paper.categories.join(" ")].map(termWords)]));
		this.shown = new Set(items.map((i) => i.paper.id));
	}

	get filter(): string {
		return this.term;
	}

	/** Filters by a word or phrase (the listing filter's rules); a term with no letter or digit shows every paper. */
	setFilter(term: string): void {
		this.term = term;
		const p = termPattern(term.trim());
		this.shown = new Set(this.items.filter(({ paper }) => p.length === 0 || (this.words.get(paper.id) ?? []).some((w) => wordsMatch(w, p))).map((i) => i.paper.id));
	}

	isVisible(id: string): boolean {
		return this.shown.has(id);
	}

	isChecked(id: string): boolean {
		return this.checked.has(id);
	}

	isKnown(id: string): boolean {
		return this.known.has(id);
	}

	/** The papers the filter shows, in listing order. */
	visible(): ListingItem[] {
		return this.items.filter((i) => this.shown.has(i.paper.id));
	}

	set(id: string, on: boolean): void {
		if (!this.words.has(id)) return; // not a paper of this listing
		if (on) this.checked.add(id);
		else this.checked.delete(id);
	}

	/** Select all / none: only the papers the user can see. */
	setVisible(on: boolean): void {
		for (const id of this.shown) this.set(id, on);
	}

	/** What Import takes: the ticked papers the filter shows, in listing order. */
	toImport(): ListingItem[] {
		return this.items.filter((i) => this.shown.has(i.paper.id) && this.checked.has(i.paper.id));
	}

	/** Ticked papers the filter hides: not imported. */
	hiddenChecked(): number {
		let n = 0;
		for (const id of this.checked) if (!this.shown.has(id)) n += 1;
		return n;
	}
}
