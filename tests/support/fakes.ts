import { readFileSync } from "node:fs";
import moment from "moment";
import { parseAtomFeed } from "../../src/core/arxiv/atom";
import type { ImporterDeps, PaperSource } from "../../src/core/importer";
import type { Paper } from "../../src/core/model";
import type { Clock } from "../../src/core/ports";
import { DEFAULT_SETTINGS, type AtlasSettings } from "../../src/core/settings";
import { wikiLinks } from "../../src/cli/links";
import { MemoryVault } from "./memory-vault";

export function fixture(name: string): string {
	return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
}

export function recordedPapers(file: string): Paper[] {
	return parseAtomFeed(fixture(`arxiv-api/${file}`)).papers;
}

/** A clock fixed at a moment; sleeping only moves it on. */
export function fixedClock(iso = "2026-11-24T10:30:00"): Clock & { slept: number[] } {
	let now = new Date(iso).getTime();
	const slept: number[] = [];
	return {
		slept,
		now: () => new Date(now),
		sleep: (ms) => {
			slept.push(ms);
			now += ms;
			return Promise.resolve();
		},
	};
}

/** arXiv as a list of known papers; counts the requests made. */
export class FakeArxiv implements PaperSource {
	requests: string[][] = [];
	failWith?: Error;

	constructor(readonly papers: Paper[]) {}

	fetchByIds(ids: string[]): Promise<{ papers: Paper[]; notFound: string[] }> {
		this.requests.push(ids);
		if (this.failWith) return Promise.reject(this.failWith);
		const found = ids.map((id) => this.papers.find((p) => p.id === id));
		return Promise.resolve({
			papers: found.filter((p): p is Paper => p !== undefined),
			notFound: ids.filter((_, i) => found[i] === undefined),
		});
	}
}

export function deps(vault: MemoryVault, arxiv: PaperSource, clock: Clock = fixedClock()): ImporterDeps {
	return { vault, links: wikiLinks, arxiv, clock, formatDate: (d, f) => moment(d).format(f) };
}

export function settings(change: Partial<AtlasSettings> = {}): AtlasSettings {
	return { ...DEFAULT_SETTINGS, ...change };
}

export function paper(change: Partial<Paper> & { id: string }): Paper {
	return {
		version: 1,
		title: "A Study of Graph Neural Networks for Molecular Property Prediction",
		abstract:
			"Graph neural networks (GNNs) learn molecular representations. We evaluate graph neural networks on molecular property prediction benchmarks and show that message passing improves accuracy.",
		authors: ["Ada Lovelace", "Alan Turing"],
		published: "2024-01-02T10:00:00Z",
		updated: "2024-01-02T10:00:00Z",
		primaryCategory: "cs.LG",
		categories: ["cs.LG", "q-bio.BM"],
		...change,
	};
}
