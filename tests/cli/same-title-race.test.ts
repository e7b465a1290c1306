/**
 * Two importers on one folder vault, each with its own FolderVault as two CLI processes have, made to
 * interleave the way the processes do: A reads the vault and plans its paper, then B imports another
 * paper with the same title from start to end, then A writes. The lock makes every file edit whole;
 * what A does with the note B made under the name it chose is the core's (createOrProcess in
 * src/core/notes/apply.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import moment from "moment";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { FolderVault } from "../../src/cli/folder-vault";
import { wikiLinks } from "../../src/cli/links";
import { systemClock } from "../../src/cli/system-clock";
import { parseAtomFeed } from "../../src/core/arxiv/atom";
import { Importer } from "../../src/core/importer";
import type { Paper } from "../../src/core/model";
import { settingsFrom } from "../../src/core/settings";
import { atomFeed, fakePaper, marker } from "./fake-papers";
import { tempDir } from "../support/temp-dir";

function importer(vault: FolderVault): Importer {
	return new Importer({
		vault,
		links: wikiLinks,
		arxiv: { fetchByIds: () => Promise.resolve({ papers: [], notFound: [] }) },
		clock: systemClock,
		formatDate: (date, format) => moment(date).format(format),
	});
}

/** A FolderVault whose first group of writes (a paper's) waits until `open()`; `reached` resolves when it is waiting. */
class GatedVault extends FolderVault {
	private gate: Promise<void> | undefined;
	open!: () => void;
	reached: Promise<void>;
	private arrive!: () => void;

	constructor(root: string) {
		super(root);
		this.gate = new Promise((resolve) => (this.open = resolve));
		this.reached = new Promise((resolve) => (this.arrive = resolve));
	}

	override async exclusive<T>(work: () => Promise<T>): Promise<T> {
		const gate = this.gate;
		this.gate = undefined;
		if (gate) {
			this.arrive();
			await gate;
		}
		return super.exclusive(work);
	}
}

function notes(dir: string): { path: string; id: string; aliases: unknown; text: string }[] {
	return readdirSync(join(dir, "papers")).map((name) => {
		const text = readFileSync(join(dir, "papers", name), "utf8");
		const fm = parseDocument(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "").toJS() as Record<string, unknown>;
		return { path: `papers/${name}`, id: String(fm["arxiv_id"]), aliases: fm["aliases"], text };
	});
}

describe("two importers, different papers with the same title, A planning before B writes", () => {
	const papers: Paper[] = parseAtomFeed(
		atomFeed([fakePaper("2503.00001", 1, "One title for two papers"), fakePaper("2503.00002", 2, "One title for two papers")]),
	).papers;
	const [x, y] = papers as [Paper, Paper];

	async function race(): Promise<string> {
		const dir = tempDir("arxiv-atlas-same-title-");
		const settings = settingsFrom({});
		const a = new GatedVault(dir);
		const importA = importer(a).importPapers([x], settings);
		await a.reached; // A has read the vault and chose papers/One title for two papers.md
		const b = await importer(new FolderVault(dir)).importPapers([y], settings);
		expect(b.failed).toEqual([]);
		a.open();
		expect((await importA).failed).toEqual([]);
		return dir;
	}

	it("both papers stay listed, once each, in the daily and category notes", async () => {
		const dir = await race();
		const daily = readdirSync(join(dir, "daily")).map((n) => readFileSync(join(dir, "daily", n), "utf8")).join("\n");
		for (const id of [x.id, y.id]) expect(daily.split(`arXiv:${id}`)).toHaveLength(2);
	});

	// Today A finds the note B made, and createOrProcess edits it as if it were A's: the managed
	// section becomes X's, the properties X's, and `aliases` keeps Y's ID beside X's. Y has no note
	// left, and its daily and category lines link to a note about X.
	it("gives each paper a note of its own, whose ID, aliases and abstract are that paper's", async () => {
		const dir = await race();
		const found = notes(dir);
		expect(found.map((n) => n.id).sort()).toEqual([x.id, y.id]);
		for (const n of found) {
			expect(n.aliases).toEqual([n.id]);
			expect(n.text).toContain(marker(n.id));
			for (const other of [x.id, y.id].filter((id) => id !== n.id)) expect(n.text).not.toContain(marker(other));
		}
	});
});
