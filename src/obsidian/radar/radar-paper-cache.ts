import { normalizePath, type App, type TFile } from "obsidian";
import { radarPaperOfNote } from "../../core/radar/note-text";
import { parseRadarCache, radarChangeLine, replayRadarLog, serializeRadarCache, type CachedPaper } from "../../core/radar/paper-cache";
import type { RadarPaper } from "../../core/radar/radar-index";
import type { NoteProperties } from "../note-properties";

/** Quiet time before the cache is saved: a listing's import changes many notes in a row. */
const SAVE_DELAY_MS = 5000;
/** Log lines, beyond this many and a quarter of the entries, after which the whole file is written anew. */
const LOG_LINES = 500;

/**
 * Paper notes as the radar reads them, kept in `radar-papers.json` in the plugin's folder: a note
 * whose size and modification time are those cached is not read again, so a new session builds the
 * radar from the file and reads only the notes changed since. Changes are appended to
 * `radar-papers.log` (see radarChangeLine), so a save costs the same at 10,000 papers as at 10.
 * Shared by every radar.
 */
export class RadarPaperCache {
	private entries: Map<string, CachedPaper> | undefined;
	private loading: Promise<Map<string, CachedPaper>> | undefined;
	private timer: number | undefined;
	private saving: Promise<void> = Promise.resolve();
	private disposed = false;
	/** Path -> its entry now, or null when gone: what the next save writes. */
	private readonly changed = new Map<string, CachedPaper | null>();
	/** Lines in the log file. */
	private logged = 0;
	/** Whether the cache file was there (a log goes with a file). */
	private written = false;

	constructor(
		private readonly app: App,
		private readonly properties: NoteProperties,
		private readonly folder: string,
	) {}

	private get path(): string {
		return normalizePath(`${this.folder}/radar-papers.json`);
	}

	private get logPath(): string {
		return normalizePath(`${this.folder}/radar-papers.log`);
	}

	private load(): Promise<Map<string, CachedPaper>> {
		this.loading ??= (async (): Promise<Map<string, CachedPaper>> => {
			const adapter = this.app.vault.adapter;
			// A file that cannot be read is as none: every note is read, and the next save replaces it.
			const text = (await adapter.exists(this.path)) ? await adapter.read(this.path).catch(() => "") : "";
			const entries = parseRadarCache(text);
			this.written = text !== "";
			const log = (await adapter.exists(this.logPath)) ? await adapter.read(this.logPath).catch(() => "") : "";
			this.logged = replayRadarLog(entries, log);
			this.entries = entries;
			return entries;
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
		if (paper) this.put(entries, file.path, { mtime, size, paper });
		else this.put(entries, file.path, null);
		this.schedule();
		return paper;
	}

	private put(entries: Map<string, CachedPaper>, path: string, entry: CachedPaper | null): void {
		if (entry) entries.set(path, entry);
		else if (!entries.delete(path)) return;
		this.changed.set(path, entry);
	}

	forget(path: string): void {
		if (!this.entries?.has(path)) return;
		this.put(this.entries, path, null);
		this.schedule();
	}

	move(from: string, to: string): void {
		const entry = this.entries?.get(from);
		if (!entry || !this.entries) return;
		this.put(this.entries, from, null);
		this.put(this.entries, to, entry);
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

	/**
	 * Saves the changes (one save at a time), with the notes gone from the vault meanwhile: appended
	 * to the log, or, once the log is long, the whole file written anew and the log emptied.
	 */
	save(): Promise<void> {
		const run = this.saving.then(async () => {
			const entries = this.entries;
			if (!entries) return;
			for (const path of entries.keys()) if (!this.app.vault.getFileByPath(path)) this.put(entries, path, null);
			if (this.changed.size === 0) return;
			const changes = [...this.changed];
			this.changed.clear();
			const adapter = this.app.vault.adapter;
			if (!this.written || this.logged + changes.length > Math.max(LOG_LINES, entries.size / 4)) {
				await adapter.write(this.path, serializeRadarCache(entries));
				await adapter.write(this.logPath, "");
				this.written = true;
				this.logged = 0;
				return;
			}
			const lines = changes.map(([path, entry]) => radarChangeLine(path, entry)).join("");
			if (await adapter.exists(this.logPath)) await adapter.append(this.logPath, lines);
			else await adapter.write(this.logPath, lines);
			this.logged += changes.length;
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
