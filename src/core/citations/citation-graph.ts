import type { CitationRecord, Reference } from "./s2-records";

/** How many of a paper's references not in the vault its note names. */
export const MISSING_SHOWN = 10;

export interface PaperCitations {
	/** Papers of the vault it cites, by arXiv ID. */
	cites: string[];
	/** Papers of the vault that cite it. */
	citedBy: string[];
	/** Its most-cited references with an arXiv ID that the vault does not have, most cited first. */
	missing: Reference[];
}

/**
 * The citation map of the vault's papers, from what is known of each (its references, and the
 * papers citing it when they were asked for): A cites B when B is among A's references or A among
 * B's citing papers, both in the vault. `cites` and `cited_by` are read off the same edges, so they
 * always agree: B is in A's `cites` exactly when A is in B's `cited_by`.
 */
export function citationGraph(vault: ReadonlySet<string>, records: ReadonlyMap<string, CitationRecord>): Map<string, PaperCitations> {
	const cites = new Map<string, Set<string>>();
	const citedBy = new Map<string, Set<string>>();
	const edge = (from: string, to: string): void => {
		if (from === to || !vault.has(from) || !vault.has(to)) return;
		let out = cites.get(from);
		if (!out) cites.set(from, (out = new Set()));
		out.add(to);
		let into = citedBy.get(to);
		if (!into) citedBy.set(to, (into = new Set()));
		into.add(from);
	};
	for (const [id, record] of records) {
		for (const ref of record.references) if (ref.id !== undefined) edge(id, ref.id);
		for (const citing of record.citedBy ?? []) edge(citing, id);
	}
	const out = new Map<string, PaperCitations>();
	for (const id of vault) {
		const missing = missingReferences(records.get(id), vault).slice(0, MISSING_SHOWN);
		out.set(id, { cites: [...(cites.get(id) ?? [])].sort(), citedBy: [...(citedBy.get(id) ?? [])].sort(), missing });
	}
	return out;
}

/** A paper's references with an arXiv ID that the vault does not have, each once, most cited first. */
export function missingReferences(record: CitationRecord | undefined, vault: { has(id: string): boolean }): (Reference & { id: string })[] {
	const seen = new Set<string>();
	return (record?.references ?? [])
		.filter((r): r is Reference & { id: string } => r.id !== undefined && !vault.has(r.id) && !seen.has(r.id) && seen.add(r.id) !== undefined)
		.sort((a, b) => (b.citationCount ?? 0) - (a.citationCount ?? 0) || (a.id < b.id ? -1 : 1));
}
