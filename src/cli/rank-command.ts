import { parseAtomFeed } from "../core/arxiv/atom";
import { checkPapers } from "../core/arxiv/entry-check";
import { parseListingFeed } from "../core/feed/rss";
import { extractKeywords } from "../core/keywords/extract";
import { rankCandidates, relatedPapers, type RadarPaper, type Ranked } from "../core/radar/radar";
import { errorMessage, plural } from "../core/words";
import { readInputFile } from "./input-error";
import { UsageError } from "./usage-error";
import { checkVaultFolder, pluginFolder, vaultSettings } from "./vault-folder";
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { inScope, parseLibraryScope, savedLibraries } from "../core/radar/library-scope";
import { parseSeen, SEEN_FILE } from "../core/radar/seen";
import { readLibrary } from "./vault-library";
import { parseInputs } from "../core/arxiv/identifiers";

export interface RankArgs {
	vault: string;
	rssFile?: string;
	atomFile?: string;
	/** The papers to rank by, as written (all, folder:, tag:, keyword:); undefined: the settings' first library. */
	library?: string;
	top: number;
	json: boolean;
}

export interface RelatedArgs {
	id: string;
	vault: string;
	top: number;
	json: boolean;
}

function topOf(value: string | undefined, fallback: number): number {
	const top = value === undefined ? fallback : Number(value);
	if (!Number.isInteger(top) || top < 1 || top > 10_000) throw new UsageError(`--top takes a whole number from 1 to 10000 (got "${value}").`);
	return top;
}

/** `rank --vault <folder> (--rss-file <f> | --atom-file <f>) [--top N] [--json]`. */
export function rankArgs(values: { vault?: string; "rss-file"?: string; "atom-file"?: string; library?: string; top?: string; json?: boolean }): RankArgs {
	if (!values.vault) throw new UsageError("--vault <folder> is required: the vault whose papers the listing is ranked by.");
	if ((values["rss-file"] === undefined) === (values["atom-file"] === undefined)) throw new UsageError("Give one listing to rank: --rss-file <saved listing> or --atom-file <saved API response>.");
	if (values.library !== undefined) {
		try {
			parseLibraryScope(values.library);
		} catch (error) {
			throw new UsageError(`--library: ${errorMessage(error)}.`);
		}
	}
	return { vault: values.vault, rssFile: values["rss-file"], atomFile: values["atom-file"], library: values.library, top: topOf(values.top, 20), json: values.json ?? false };
}

/** The papers the plugin's previews showed and the user did not import (none when the file is missing; said when it is unreadable). */
async function readSeen(vault: string, err: (text: string) => void): Promise<RadarPaper[]> {
	const path = nodePath.join(pluginFolder(vault), SEEN_FILE);
	let text: string;
	try {
		text = await fs.readFile(path, "utf8");
	} catch {
		return [];
	}
	const seen = parseSeen(text);
	if (seen === undefined) err(`${path} is not a list of papers: ranked without the papers you passed over (the plugin keeps the file aside at its next import from a preview).`);
	return seen ?? [];
}

/** `related <id> --vault <folder> [--top N] [--json]`. */
export function relatedArgs(inputs: readonly string[], values: { vault?: string; top?: string; json?: boolean }): RelatedArgs {
	if (!values.vault) throw new UsageError("--vault <folder> is required: the vault to look in.");
	const { ids, rejected } = parseInputs(inputs, new Date());
	const [first] = ids;
	if (ids.length !== 1 || rejected.length > 0 || first === undefined) {
		const why = rejected[0] ? ` (${rejected[0].input}: ${rejected[0].reason})` : ids.length > 1 ? ` (got ${ids.length})` : "";
		throw new UsageError(`Give one arXiv ID of a paper in the vault, e.g. arxiv-atlas related 2502.15871 --vault ./vault${why}`);
	}
	return { id: first.id, vault: values.vault, top: topOf(values.top, 10), json: values.json ?? false };
}

/** A listing's papers, from a saved RSS listing or API response. */
async function candidatesOf(args: RankArgs): Promise<RadarPaper[]> {
	const papers = args.rssFile
		? parseListingFeed(await readInputFile("--rss-file", args.rssFile)).items.map((i) => i.paper)
		: checkPapers(parseAtomFeed(await readInputFile("--atom-file", args.atomFile ?? "")).papers).papers;
	// Each with its offline keywords, so "why" can name the vault's keywords it has.
	return papers.map((p) => ({ id: p.id, title: p.title, abstract: p.abstract, keywords: extractKeywords({ title: p.title, abstract: p.abstract }, { max: 8 }).map((k) => k.name) }));
}

function printRanked(ranked: readonly Ranked<RadarPaper>[], json: boolean, out: (text: string) => void): void {
	if (json) {
		out(JSON.stringify(ranked.map((r) => ({ id: r.paper.id, title: r.paper.title, score: Number(r.score.toFixed(6)), why: r.why })), null, 2));
		return;
	}
	ranked.forEach((r, i) => out(`${i + 1}. ${r.paper.title}\n   arXiv:${r.paper.id} · score ${r.score.toFixed(3)}${r.why.length > 0 ? ` · ${r.why.join(", ")}` : ""}`));
}

/**
 * Ranks a saved listing by the vault's papers (or one library of them), best first, as the plugin's
 * preview does: the papers its previews showed and the user did not import (`radar-seen.json`) are
 * the SVM's negatives. Papers the vault has are left out and counted. Exit code 0, or 1 when the
 * library has no paper to rank by.
 */
export async function runRank(args: RankArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
	await checkVaultFolder(args.vault, false);
	const settings = await vaultSettings(args.vault);
	const first = savedLibraries(settings.feed.radarLibrary)[0];
	const scope = args.library !== undefined ? parseLibraryScope(args.library) : (first?.scope ?? { kind: "all" as const });
	const libraryName = args.library ?? first?.line ?? "all";
	const vaultPapers = await readLibrary(args.vault, settings.keywordsFolder);
	const library = vaultPapers.filter((p) => inScope(scope, p.path, p.properties)).map((p) => p.paper);
	if (library.length === 0) {
		const none = scope.kind === "all" ? "the vault has no paper notes to rank by" : `no paper note of the vault is in the library ${libraryName}`;
		err(`arxiv-atlas: ${none}: import a few papers you care about first${scope.kind === "all" ? "" : ", or name another with --library"}.`);
		return 1;
	}
	const all = await candidatesOf(args);
	const known = new Set(vaultPapers.map((p) => p.paper.id));
	const candidates = all.filter((p) => !known.has(p.id));
	if (candidates.length < all.length) err(`${plural(all.length - candidates.length, "paper")} of the listing ${all.length - candidates.length === 1 ? "is" : "are"} already in the vault and left out.`);
	const seen = (await readSeen(args.vault, err)).filter((p) => !known.has(p.id));
	printRanked(rankCandidates(library, candidates, { seen }).slice(0, args.top), args.json, out);
	return 0;
}


/** The vault's papers most like one of them. Exit code 0, or 1 when the paper is not in the vault. */
export async function runRelated(args: RelatedArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
	await checkVaultFolder(args.vault, false);
	const settings = await vaultSettings(args.vault);
	const library = (await readLibrary(args.vault, settings.keywordsFolder)).map((p) => p.paper);
	const paper = library.find((p) => p.id === args.id);
	if (!paper) {
		err(`arxiv-atlas: ${args.id} is not in the vault: import it first (arxiv-atlas import ${args.id} --vault ${args.vault}).`);
		return 1;
	}
	const related = relatedPapers(paper, library, args.top);
	if (related.length === 0 && !args.json) err(`No paper of the vault shares a term with ${args.id}.`);
	printRanked(related, args.json, out);
	return 0;
}
