import { normalizePath, type App, type TFile } from "obsidian";
import { radarPaperOfNote } from "../../core/radar/note-text";
import { parseRadarCache, serializeRadarCache, type CachedPaper } from "../../core/radar/paper-cache";
import type { RadarPaper } from "../../core/radar/radar-index";
import type { NoteProperties } from "../note-properties";

/** Quiet time before the cache is saved: a listing's import changes many notes in a row. */
const SAVE_DELAY_MS = 5000;

/**
 * Paper notes as the radar reads them, kept in `radar-papers.json` in the plugin's folder: a note
 * whose size and modification time are those cached is not read again, so a new session builds the
 * radar from the file and reads only the notes changed since. Shared by every radar.
 */
export class RadarPaperCache {
	private entries: Map<string, CachedPaper> | undefined;
	private loading: Promise<Map<string, CachedPaper>> | undefined;
	private timer: number | undefined;
	private saving: Promise<void> = Promise.resolve();
	private disposed = false;

	constructor(
		private readonly app: App,
		private readonly properties: NoteProperties,
		private readonly folder: string,
	) {}

	private get path(): string {
		return normalizePath(`${this.folder}/radar-papers.json`);
	}

	private load(): Promise<Map<string, CachedPaper>> {
		this.loading ??= (async (): Promise<Map<string, CachedPaper>> => {
			const adapter = this.app.vault.adapter;
			// A file that cannot be read is as none: every note is read, and the next save replaces it.
			const text = (await adapter.exists(this.path)) ? await adapter.read(this.path).catch(() => "") : "";
			this.entries = parseRadarCache(text);
			return this.entries;
		})();
		return this.loading;
	}

	/**
	 * The paper a note holds: from the cache when the note is as it was cached, else read (and
	 * cached). `fresh`: read the note whatever the cache says (its properties have just changed).
	 */
	async paperOf(file: TFile, fresh = false): Promise<RadarPaper | undefined> {
		const entries = this.entries ?? (await this.load());
		const hit = entries.get(file.path);
		if (!fresh && hit && hit.mtime === file.stat.mtime && hit.size === file.stat.size) return hit.paper;
		// Several radars ask for the same changed note at once: it is read once for them all.
		const key = `${file.path}\u0000${file.stat.mtime}\u0000${file.stat.size}`;
		let reading = this.reading.get(key);
		if (!reading) {
			reading = this.read(file, entries).finally(() => this.reading.delete(key));
			this.reading.set(key, reading);
		}
		return reading;
	}

	private readonly reading = new Map<string, Promise<RadarPaper | undefined>>();

	private async read(file: TFile, entries: Map<string, CachedPaper>): Promise<RadarPaper | undefined> {
		// The note as it was when the read began: one that changes during the read is read again next time.
		const { mtime, size } = file.stat;
		const paper = radarPaperOfNote(this.properties.of(file) ?? null, await this.app.vault.cachedRead(file));
		if (file.stat.mtime !== mtime || file.stat.size !== size) return paper;
		if (paper) entries.set(file.path, { mtime, size, paper });
		else entries.delete(file.path);
		this.schedule();
		return paper;
	}

	forget(path: string): void {
		if (this.entries?.delete(path)) this.schedule();
	}

	move(from: string, to: string): void {
		const entry = this.entries?.get(from);
		if (!entry || !this.entries) return;
		this.entries.delete(from);
		this.entries.set(to, entry);
		this.schedule();
	}

	private schedule(): void {
		// After unload (a build still reading): nothing more is saved.
		if (this.disposed) return;
		if (this.timer !== undefined) window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			this.timer = undefined;
			void this.save();
		}, SAVE_DELAY_MS);
	}

	/** Writes the cache (one write at a time), without the notes gone from the vault meanwhile. */
	save(): Promise<void> {
		const run = this.saving.then(async () => {
			const entries = this.entries;
			if (!entries) return;
			for (const path of entries.keys()) if (!this.app.vault.getFileByPath(path)) entries.delete(path);
			await this.app.vault.adapter.write(this.path, serializeRadarCache(entries));
		});
		this.saving = run.catch(() => undefined);
		return run;
	}

	/** At unload: a save that was waiting is done now. */
	dispose(): void {
		this.disposed = true;
		if (this.timer === undefined) return;
		window.clearTimeout(this.timer);
		this.timer = undefined;
		void this.save().catch(() => undefined);
	}
}
