import type { CitationRecord, Reference } from "./s2-records";

/**
 * What Semantic Scholar said of the vault's papers, kept between runs (`citations.json` in the
 * plugin's folder): the map is computed from it, so updating one paper keeps what is known of the
 * others. A file of another version, or no JSON, reads as empty.
 */
export const CITATION_STORE_VERSION = 1;
export const CITATION_STORE_FILE = "citations.json";

export interface CitationStore {
	load(): Promise<Map<string, CitationRecord>>;
	save(records: ReadonlyMap<string, CitationRecord>): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined);

function readReference(value: unknown): Reference | undefined {
	if (!isRecord(value) || typeof value["title"] !== "string") return undefined;
	const out: Reference = { title: value["title"] };
	const id = str(value["id"]);
	if (id !== undefined) out.id = id;
	const n = num(value["citationCount"]);
	if (n !== undefined) out.citationCount = n;
	return out;
}

export function parseCitationStore(text: string): Map<string, CitationRecord> {
	const out = new Map<string, CitationRecord>();
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return out;
	}
	if (!isRecord(data) || data["version"] !== CITATION_STORE_VERSION || !isRecord(data["papers"])) return out;
	for (const [id, value] of Object.entries(data["papers"])) {
		if (!isRecord(value)) continue;
		const record: CitationRecord = { id, references: Array.isArray(value["references"]) ? value["references"].flatMap((r) => readReference(r) ?? []) : [] };
		const n = num(value["citationCount"]);
		if (n !== undefined) record.citationCount = n;
		for (const key of ["venue", "publishedIn", "publishedDoi"] as const) {
			const v = str(value[key]);
			if (v !== undefined) record[key] = v;
		}
		if (Array.isArray(value["citedBy"])) record.citedBy = value["citedBy"].filter((c): c is string => typeof c === "string");
		out.set(id, record);
	}
	return out;
}

export function serializeCitationStore(records: ReadonlyMap<string, CitationRecord>): string {
	return JSON.stringify({ version: CITATION_STORE_VERSION, papers: Object.fromEntries([...records].map(([id, { id: _, ...rest }]) => [id, rest])) });
}
