import { TFile, type App, type TAbstractFile } from "obsidian";
import { inScope, type LibraryScope } from "../../core/radar/library-scope";
import { RadarIndex, type RadarPaper } from "../../core/radar/radar-index";
import type { NoteProperties } from "../note-properties";
import type { RadarPaperCache } from "./radar-paper-cache";

/** A library this small ranks nothing usefully: the preview keeps arXiv's order. */
const MIN_LIBRARY = 3;

/** Notes read between two yields to the interface while the index is built. */
const CHUNK = 200;

export interface RadarScore {
	score: number;
	why: string[];
}

/** A vault event that came while the index was being built: applied once it is. */
type Pending = { kind: "update"; file: TFile } | { kind: "delete"; path: string } | { kind: "rename"; from: string; to: string };

/**
 * The radar over the vault's paper notes: built the first time something asks (a listing to rank,
 * the keyword view's related papers, the related-papers command), reading the notes in chunks so the
 * interface never freezes, then kept current from the vault's events (a paper note written, edited,
 * renamed or deleted; those that come during the build are applied after it), so later uses read no
 * note again. One entry per arXiv ID; when two notes hold a paper, it stays while either does.
 */
export class LibraryRadar {
	private index: RadarIndex | undefined;
	private building: Promise<RadarIndex> | undefined;
	/** Paper note path -> its arXiv ID, for every note that holds a paper; and back (a copy holds one too). */
	private readonly idByPath = new Map<string, string>();
	private readonly pathsById = new Map<string, Set<string>>();
	private readonly pending: Pending[] = [];

	constructor(
		private readonly app: App,
		private readonly properties: NoteProperties,
		/** Which paper notes it ranks by: every one, or one folder's, tag's or keyword's. */
		private readonly scope: LibraryScope,
		/** Reads the paper of a note, from the saved cache when the note has not changed since. */
		private readonly papers: RadarPaperCache,
	) {}

	private inLibrary(file: TFile): boolean {
		return inScope(this.scope, file.path, this.properties.of(file) ?? null);
	}

	/** Vault events, from the one registration of `LibraryRadars`. */
	changed(file: TFile): void {
		void this.update(file);
	}

	deleted(file: TAbstractFile): void {
		this.event({ kind: "delete", path: file.path });
	}

	renamed(file: TAbstractFile, oldPath: string): void {
		this.event({ kind: "rename", from: oldPath, to: file.path });
		// A rename fires no "changed": a note moved into or out of a folder library is looked at again.
		if (file instanceof TFile && this.scope.kind === "folder") void this.update(file);
	}

	/** Whether the first use has to read every paper note first (the caller can say so). */
	get ready(): boolean {
		return this.index !== undefined;
	}

	private event(e: Pending): void {
		if (!this.index) {
			if (this.building) this.pending.push(e);
			return;
		}
		if (e.kind === "delete") this.forget(e.path);
		else if (e.kind === "rename") this.move(e.from, e.to);
	}

	private move(from: string, to: string): void {
		const id = this.unlink(from);
		if (id === undefined) return;
		this.paths++;
		this.link(to, id);
	}

	private link(path: string, id: string): void {
		this.idByPath.set(path, id);
		let paths = this.pathsById.get(id);
		if (!paths) this.pathsById.set(id, (paths = new Set()));
		paths.add(path);
	}

	/** The note no longer holds its paper here; returns the paper's ID. */
	private unlink(path: string): string | undefined {
		const id = this.idByPath.get(path);
		if (id === undefined) return undefined;
		this.idByPath.delete(path);
		const paths = this.pathsById.get(id);
		paths?.delete(path);
		if (paths?.size === 0) this.pathsById.delete(id);
		return id;
	}


	private library(): Promise<RadarIndex> {
		// A build that failed is tried again next time, not kept.
		this.building ??= this.build().catch((error: unknown) => {
			this.building = undefined;
			throw error;
		});
		return this.building;
	}

	private async build(): Promise<RadarIndex> {
		// Not while Obsidian restores the workspace (the keyword view may ask then): after layout ready.
		await new Promise<void>((resolve) => this.app.workspace.onLayoutReady(resolve));
		const index = new RadarIndex();
		let read = 0;
		for (const file of this.app.vault.getMarkdownFiles()) {
			const id = this.properties.paperId(file);
			if (id === undefined || !this.inLibrary(file)) continue;
			this.link(file.path, id);
			if (!index.has(id)) {
				// A note gone or unreadable while the vault is read is left out; its events put it right.
				const paper = await this.papers.paperOf(file).catch(() => undefined);
				if (paper) index.add(paper);
			}
			if (++read % CHUNK === 0) await new Promise((resolve) => window.setTimeout(resolve, 0));
		}
		this.index = index;
		for (const e of this.pending.splice(0)) {
			if (e.kind === "update") void this.update(e.file);
			else this.event(e);
		}
		return index;
	}

	/** A note is gone: its paper leaves the index, unless another note holds it (read again from that one). */
	private forget(path: string): void {
		const id = this.unlink(path);
		if (id === undefined) return;
		this.paths++;
		const other = this.pathsById.get(id)?.values().next().value;
		const file = other === undefined ? null : this.app.vault.getFileByPath(other);
		if (file) void this.update(file);
		else this.index?.remove(id);
	}

	private async update(file: TFile): Promise<void> {
		if (file.extension !== "md") return;
		if (!this.index) {
			if (this.building) this.pending.push({ kind: "update", file });
			return;
		}
		const id = this.properties.paperId(file);
		const inLibrary = id !== undefined && this.inLibrary(file);
		if (this.idByPath.get(file.path) !== id || !inLibrary) this.forget(file.path);
		if (id === undefined || !inLibrary) return;
		// The note has just changed (the cache's "changed", or a rename into a library): read, whatever the saved cache says.
		const paper = await this.papers.paperOf(file, true).catch(() => undefined);
		// Deleted or renamed while it was read: its own events have put the index right.
		if (!paper || this.app.vault.getFileByPath(file.path) !== file) return;
		this.index.add(paper);
		this.link(file.path, id);
	}

	/** The last answer of `similar`: the keyword view asks at each change of its own index, most often for the same paper. */
	private lastSimilar: { path: string; top: number; revision: string; answer: { path: string; why: string[] }[] } | undefined;
	/** Bumped when a note moves or goes: the paths an answer names change then, not the corpus. */
	private paths = 0;

	/** For the keyword view: the paths of the paper notes most like the one at `path`, with the terms they share. */
	async similar(path: string, top: number): Promise<{ path: string; why: string[] }[]> {
		const index = await this.library();
		const last = this.lastSimilar;
		const revision = `${index.revision}:${this.paths}`;
		if (last?.path === path && last.top === top && last.revision === revision) return last.answer;
		const answer = (await this.related(path, top)).map(({ file, why }) => ({ path: file.path, why }));
		this.lastSimilar = { path, top, revision, answer };
		return answer;
	}

	/** The vault's paper notes most like the one at `path`, best first, with the terms they share. */
	async related(path: string, top: number): Promise<{ file: TFile; title: string; why: string[] }[]> {
		const index = await this.library();
		const file = this.app.vault.getFileByPath(path);
		const id = this.idByPath.get(path) ?? this.properties.paperId(file);
		if (id === undefined) return [];
		const pathOf = new Map<string, string>();
		for (const [p, i] of this.idByPath) if (!pathOf.has(i) && p !== path) pathOf.set(i, p);
		return index.related(id, top).flatMap((r) => {
			const note = this.app.vault.getFileByPath(pathOf.get(r.paper.id) ?? "");
			return note ? [{ file: note, title: r.paper.title || note.basename, why: r.why }] : [];
		});
	}

	/**
	 * Scores for a listing's papers by the vault's, or none when the vault has fewer than
	 * `MIN_LIBRARY` papers. `seen`: papers of earlier previews not imported, the SVM's negatives.
	 */
	async rank(candidates: readonly RadarPaper[], seen: readonly RadarPaper[] = []): Promise<Map<string, RadarScore>> {
		const index = await this.library();
		if (index.size < MIN_LIBRARY) return new Map();
		const outside = candidates.filter((p) => !index.has(p.id));
		index.train(seen, outside);
		return new Map(index.rank(outside).map((r) => [r.paper.id, { score: r.score, why: r.why }]));
	}
}
