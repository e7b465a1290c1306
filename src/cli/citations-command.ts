import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { parseInputs } from "../core/arxiv/identifiers";
import { RateLimiter } from "../core/arxiv/rate-limiter";
import { CITATION_STORE_FILE, parseCitationStore, serializeCitationStore, type CitationStore } from "../core/citations/citation-store";
import { CitationSourceError, SemanticScholar } from "../core/citations/s2-client";
import { citationsSummary, updateCitations } from "../core/citations/update-citations";
import { OPENALEX_BASE_URL, openAlexRecords } from "../core/citations/openalex";
import type { FailedInput } from "../core/model";
import { labelsFor } from "../core/notes/labels";
import { errorMessage, plural } from "../core/words";
import { FolderSnapshots } from "./folder-snapshots";
import { FolderVault } from "./folder-vault";
import { FetchHttpClient } from "./http";
import { wikiLinks } from "./links";
import { systemClock } from "./system-clock";
import { UsageError } from "./usage-error";
import { checkVaultFolder, vaultFilePath, vaultSettings } from "./vault-folder";

export interface CitationsArgs {
	vault: string;
	/** Papers of the vault to update; none: every paper. */
	ids: string[];
	baseUrl?: string;
	json: boolean;
}

/** `citations --vault <folder> [ids...] [--base-url <url>] [--json]`. */
export function citationsArgs(inputs: readonly string[], values: { vault?: string; "base-url"?: string; json?: boolean }): CitationsArgs {
	if (!values.vault) throw new UsageError("--vault <folder> is required: the vault whose papers get their citations.");
	const { ids, rejected } = parseInputs(inputs, new Date());
	if (rejected[0]) throw new UsageError(`"${rejected[0].input}" is not an arXiv ID (${rejected[0].reason}); name papers of the vault, or none for every paper.`);
	const baseUrl = values["base-url"];
	if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/i.test(baseUrl)) throw new UsageError(`--base-url takes an http(s) address, like http://localhost:8080/graph/v1 (got "${baseUrl}").`);
	return { vault: values.vault, ids: ids.map((i) => i.id), ...(baseUrl !== undefined ? { baseUrl } : {}), json: values.json ?? false };
}

/** The answers kept between runs: in the plugin's folder (or the user's cache folder for a vault without the plugin). */
function fileStore(path: string): CitationStore {
	return {
		load: async () => parseCitationStore(await fs.readFile(path, "utf8").catch(() => "")),
		save: async (records) => {
			await fs.mkdir(nodePath.dirname(path), { recursive: true });
			await fs.writeFile(path, serializeCitationStore(records));
		},
	};
}

/**
 * Updates the citations of the vault's papers (all, or those named) from Semantic Scholar: `cites`,
 * `cited_by`, `citation_count`, `venue`, `published_in`, `published_doi` and the note's citation
 * part. Papers named are also asked who cites them. Exit code 0, or 1 when a paper failed.
 */
export async function runCitations(args: CitationsArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
	await checkVaultFolder(args.vault, false);
	const settings = await vaultSettings(args.vault);
	const root = nodePath.resolve(args.vault);
	const vault = new FolderVault(root);
	const papers = (await new FolderSnapshots(root, vault).snapshot(settings.keywordsFolder)).papers;
	const failed: FailedInput[] = args.ids.filter((id) => !papers.has(id)).map((id) => ({ input: id, reason: `not in the vault: import it first (arxiv-atlas import ${id} --vault ${args.vault})` }));
	const ids = args.ids.length > 0 ? args.ids.filter((id) => papers.has(id)) : [...papers.keys()];
	if (papers.size === 0) {
		err("arxiv-atlas: the vault has no paper notes: import papers first.");
		return 1;
	}
	const apiKey = process.env["SEMANTIC_SCHOLAR_API_KEY"];
	const source = new SemanticScholar(new FetchHttpClient(), systemClock, new RateLimiter(systemClock, 1100), { ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}), ...(apiKey ? { apiKey } : {}) });
	const store = fileStore(await vaultFilePath(root, CITATION_STORE_FILE));
	const openAlexLimiter = new RateLimiter(systemClock, 200);
	const openAlexUrl = process.env["ARXIV_ATLAS_OPENALEX_URL"] || OPENALEX_BASE_URL;
	const fallback = (unknown: readonly string[]): ReturnType<typeof openAlexRecords> => openAlexRecords(new FetchHttpClient(), openAlexLimiter, unknown, openAlexUrl);
	let result;
	try {
		result = await updateCitations({ vault, links: wikiLinks, source, fallback, store, labels: labelsFor(settings.noteLanguage) }, papers, ids, {
			citedBy: args.ids.length > 0,
			resume: args.ids.length === 0,
			onProgress: args.json ? undefined : (done, total) => err(`Semantic Scholar: ${done} of ${plural(total, "paper")} asked.`),
		});
	} catch (error) {
		if (!(error instanceof CitationSourceError)) throw error;
		err(`arxiv-atlas: ${errorMessage(error)}.`);
		return 1;
	}
	failed.push(...result.failed);
	if (args.json) {
		out(JSON.stringify({ found: result.found, from_openalex: result.fallback, not_found: result.notFound, written: result.written, failed }));
	} else {
		out(citationsSummary(result));
		for (const path of result.written) out(`  written  ${path}`);
		for (const id of result.notFound) out(`  unknown  ${id} (Semantic Scholar and OpenAlex may not have it yet: try again in a few days)`);
		for (const f of failed) out(`  failed   ${f.input}: ${f.reason}`);
	}
	return failed.length === 0 ? 0 : 1;
}
