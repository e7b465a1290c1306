import { promises as fs, readdirSync, readFileSync, statSync } from "node:fs";
import * as nodePath from "node:path";
import { readProperties } from "./note-properties-yaml";
import { vaultFilePath } from "./vault-folder";
import { SNAPSHOT_PROPERTIES, snapshotOf, type SnapshotSource, type VaultSnapshot } from "../core/notes/vault-snapshot";
import { PAPER_PROPERTIES, readStringList } from "../core/notes/paper-schema";
import { linkTarget } from "../core/notes/note-links";

/** Who else wants the folder listings the snapshot reads (the vault's `exists`), so no folder is listed twice. */
export interface ListingSink {
	rememberListing(dir: string, names: readonly string[]): void;
}

const INDEX_VERSION = 2;

type Properties = Record<string, unknown> | null;
interface Entry {
	size: number;
	mtimeMs: number;
	/** Only the properties a snapshot reads. */
	fm: Properties;
}

/** A note's text, read synchronously (thousands of small reads; see fs-now.ts), or "" when it is gone. */
function readText(path: string): string {
	try {
		return readFileSync(path, "utf8");
	} catch {
		return "";
	}
}

function pick(fm: Properties): Properties {
	if (!fm) return null;
	const out: Record<string, unknown> = {};
	for (const key of SNAPSHOT_PROPERTIES) if (fm[key] !== undefined) out[key] = fm[key];
	// A snapshot counts which notes the keyword links point to: the target is all the index keeps of
	// each (half of the index's size at 10,000 papers, and so of its reading time).
	const keywords = PAPER_PROPERTIES.keywords;
	if (out[keywords] !== undefined) out[keywords] = readStringList(out[keywords]).flatMap((link) => {
		const target = linkTarget(link);
		return target === undefined ? [] : [`[[${target}]]`];
	});
	// A plain copy: the parsed values can hold on to the whole parse (and the note's text) otherwise,
	// which at 10,000 notes is about 100 MB kept for nothing.
	return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/**
 * The CLI's snapshot of a folder vault, with what it read kept between runs: an index of the few
 * properties the importer reads, by file size and modification time, in the vault's plugin folder
 * (`.obsidian/plugins/arxiv-atlas/property-index.json`; for a vault without the plugin, the user's
 * cache folder). A note whose size or time changed is read again; the
 * index is rebuilt when it is missing, unreadable or of another version. So an import into a vault
 * of 10,000 papers looks at each note's size and time, not at its text.
 */
export class FolderSnapshots implements SnapshotSource {
	private cached: { folder: string; snapshot: VaultSnapshot } | undefined;
	/** Notes read (parsed) in the last snapshot, and those taken from the index: for the benchmark. */
	stats = { parsed: 0, fromIndex: 0 };

	constructor(
		private readonly root: string,
		private readonly listings?: ListingSink,
	) {}

	private indexPath(): Promise<string> {
		return vaultFilePath(this.root, "property-index.json");
	}

	private async readIndex(path: string): Promise<Map<string, Entry>> {
		try {
			const data = JSON.parse(await fs.readFile(path, "utf8")) as { version?: unknown; notes?: unknown };
			if (data.version !== INDEX_VERSION || typeof data.notes !== "object" || data.notes === null) return new Map();
			return new Map(Object.entries(data.notes as Record<string, Entry>));
		} catch {
			return new Map();
		}
	}

	/** Every Markdown file below the root (not in dot folders), with its size and time. */
	private async walk(): Promise<{ path: string; size: number; mtimeMs: number }[]> {
		const out: { path: string; size: number; mtimeMs: number }[] = [];
		const visit = async (rel: string): Promise<void> => {
			let entries;
			try {
				entries = readdirSync(nodePath.join(this.root, rel), { withFileTypes: true });
			} catch {
				return;
			}
			const files: string[] = [];
			const dirs: string[] = [];
			this.listings?.rememberListing(nodePath.join(this.root, rel), entries.map((e) => e.name));
			for (const entry of entries) {
				if (entry.name.startsWith(".")) continue;
				const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
				if (entry.isDirectory()) dirs.push(child);
				else if (entry.isFile() && entry.name.endsWith(".md")) files.push(child);
			}
			// Synchronous: thousands of small calls, each far cheaper than a round trip through the thread pool.
			for (const f of files) {
				const st = statSync(nodePath.join(this.root, f), { throwIfNoEntry: false });
				if (st) out.push({ path: f, size: st.size, mtimeMs: st.mtimeMs });
			}
			for (const dir of dirs) await visit(dir);
		};
		await visit("");
		return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}

	async snapshot(keywordsFolder: string): Promise<VaultSnapshot> {
		if (this.cached?.folder === keywordsFolder) return this.cached.snapshot;
		const indexFile = await this.indexPath();
		const index = await this.readIndex(indexFile);
		const files = await this.walk();
		const notes: [string, Properties][] = [];
		this.stats = { parsed: 0, fromIndex: 0 };
		for (const file of files) {
			const known = index.get(file.path);
			let fm: Properties;
			if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) {
				fm = known.fm;
				this.stats.fromIndex += 1;
			} else {
				fm = pick(readProperties(readText(nodePath.join(this.root, file.path))));
				this.stats.parsed += 1;
			}
			notes.push([file.path, fm]);
		}
		// Rewriting the whole index for a few changed notes (the last run's) costs more than reading
		// those few again next time: it is written when it is missing or a fair part of it is stale.
		const present = new Set(files.map((f) => f.path));
		let removed = 0;
		for (const path of index.keys()) if (!present.has(path)) removed += 1;
		const stale = this.stats.parsed + removed;
		if (index.size === 0 || stale > Math.max(50, files.length / 50)) {
			const next = new Map<string, Entry>();
			files.forEach((file, i) => next.set(file.path, { size: file.size, mtimeMs: file.mtimeMs, fm: notes[i]?.[1] ?? null }));
			await this.writeIndex(indexFile, next);
		}
		const snapshot = snapshotOf(notes, keywordsFolder);
		this.cached = { folder: keywordsFolder, snapshot };
		return snapshot;
	}

	/** The notes this run writes change the index too: the next run reads them again once. */
	invalidate(): void {
		this.cached = undefined;
	}

	private async writeIndex(path: string, notes: Map<string, Entry>): Promise<void> {
		try {
			await fs.mkdir(nodePath.dirname(path), { recursive: true });
			const tmp = `${path}.${process.pid}.tmp`;
			await fs.writeFile(tmp, JSON.stringify({ version: INDEX_VERSION, notes: Object.fromEntries(notes) }));
			await fs.rename(tmp, path);
		} catch {
			// A read-only vault still imports; the next run reads every note again.
		}
	}
}
