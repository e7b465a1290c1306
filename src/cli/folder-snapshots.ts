import { promises as fs, readFileSync } from "node:fs";
import * as nodePath from "node:path";
import { readProperties } from "./note-properties-yaml";
import { vaultFilePath } from "./vault-folder";
import { scanVault } from "./vault-scan";
import { digestNote, snapshotOf, type NoteDigest, type SnapshotSource, type VaultSnapshot } from "../core/notes/vault-snapshot";
import { decodeIndex, detached, encodeIndex, type Entry } from "./property-index-file";

/** Who else wants the folder listings the snapshot reads (the vault's `exists`), so no folder is listed twice. */
export interface ListingSink {
	rememberListing(dir: string, names: readonly string[]): void;
}

/** A note's text, read synchronously (thousands of small reads; see fs-now.ts), or "" when it is gone. */
function readText(path: string): string {
	try {
		return readFileSync(path, "utf8");
	} catch {
		return "";
	}
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
			return decodeIndex(await fs.readFile(path, "utf8"));
		} catch {
			return new Map();
		}
	}

	async snapshot(keywordsFolder: string): Promise<VaultSnapshot> {
		if (this.cached?.folder === keywordsFolder) return this.cached.snapshot;
		const indexFile = await this.indexPath();
		const index = await this.readIndex(indexFile);
		const scan = scanVault(this.root);
		for (const [dir, names] of scan.listings) this.listings?.rememberListing(dir, names);
		const files = scan.files;
		const notes: [string, NoteDigest][] = [];
		this.stats = { parsed: 0, fromIndex: 0 };
		for (const file of files) {
			const known = index.get(file.path);
			let digest: NoteDigest;
			if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) {
				digest = known.digest;
				this.stats.fromIndex += 1;
			} else {
				digest = detached(digestNote(readProperties(readText(nodePath.join(this.root, file.path)))));
				this.stats.parsed += 1;
			}
			notes.push([file.path, digest]);
		}
		// Rewriting the whole index for a few changed notes (the last run's) costs more than reading
		// those few again next time: it is written when it is missing or a fair part of it is stale.
		const present = new Set(files.map((f) => f.path));
		let removed = 0;
		for (const path of index.keys()) if (!present.has(path)) removed += 1;
		const stale = this.stats.parsed + removed;
		if (index.size === 0 || stale > Math.max(50, files.length / 50)) {
			const next = new Map<string, Entry>();
			files.forEach((file, i) => next.set(file.path, { size: file.size, mtimeMs: file.mtimeMs, digest: notes[i]?.[1] ?? {} }));
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
			await fs.writeFile(tmp, encodeIndex(notes));
			await fs.rename(tmp, path);
		} catch {
			// A read-only vault still imports; the next run reads every note again.
		}
	}
}
