import type { CitationRecord, Reference } from "./s2-records";
import { count, isRecord, strings } from "../json-values";

/**
 * What Semantic Scholar said of the vault's papers, kept between runs (`citations.json` in the
 * plugin's folder): the map is computed from it, so updating one paper keeps what is known of the
 * others. A file of another version, or no JSON, reads as empty.
 */
export const CITATION_STORE_VERSION = 1;
export const CITATION_STORE_FILE = "citations.json";

/** What a paper's note says of its citations in the vault, as last written: `cites`, `cited_by` and the references not in the vault it names. */
export interface WrittenCitations {
	cites: string[];
	citedBy: string[];
	missing: string[];
	/** The other citation properties as written (`citation_count`, `venue`, …): one the user changed since is theirs. */
	values?: Record<string, string | number>;
}

export interface CitationState {
	/** What Semantic Scholar said, by arXiv ID. */
	records: Map<string, CitationRecord>;
	/** What each paper's note was last written with: a note whose citations now read otherwise is written again. */
	written: Map<string, WrittenCitations>;
	/** Papers an "all papers" run that stopped before its end had not asked yet. */
	pending?: string[];
}

export interface CitationStore {
	load(): Promise<CitationState>;
	save(state: CitationState): Promise<void>;
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function readReference(value: unknown): Reference | undefined {
	if (!isRecord(value) || typeof value["title"] !== "string") return undefined;
	const out: Reference = { title: value["title"] };
	const id = str(value["id"]);
	if (id !== undefined) out.id = id;
	const n = count(value["citationCount"]);
	if (n !== undefined) out.citationCount = n;
	return out;
}

const ids = strings;

export function parseCitationStore(text: string): CitationState {
	const out = new Map<string, CitationRecord>();
	const state: CitationState = { records: out, written: new Map() };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return state;
	}
	if (!isRecord(data) || data["version"] !== CITATION_STORE_VERSION || !isRecord(data["papers"])) return state;
	state.pending = strings(data["pending"]);
	if (isRecord(data["written"])) {
		for (const [id, value] of Object.entries(data["written"])) {
			if (!isRecord(value)) continue;
			const entry: WrittenCitations = { cites: ids(value["cites"]), citedBy: ids(value["citedBy"]), missing: ids(value["missing"]) };
			if (isRecord(value["values"])) entry.values = Object.fromEntries(Object.entries(value["values"]).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"));
			state.written.set(id, entry);
		}
	}
	for (const [id, value] of Object.entries(data["papers"])) {
		if (!isRecord(value)) continue;
		const record: CitationRecord = { id, references: Array.isArray(value["references"]) ? value["references"].flatMap((r) => readReference(r) ?? []) : [] };
		const n = count(value["citationCount"]);
		if (n !== undefined) record.citationCount = n;
		for (const key of ["venue", "publishedIn", "publishedDoi"] as const) {
			const v = str(value[key]);
			if (v !== undefined) record[key] = v;
		}
		if (Array.isArray(value["citedBy"])) record.citedBy = ids(value["citedBy"]);
		out.set(id, record);
	}
	return state;
}

export function serializeCitationStore(state: CitationState): string {
	return JSON.stringify({
		version: CITATION_STORE_VERSION,
		papers: Object.fromEntries([...state.records].map(([id, { id: _, ...rest }]) => [id, rest])),
		written: Object.fromEntries(state.written),
		...(state.pending && state.pending.length > 0 ? { pending: state.pending } : {}),
	});
}
