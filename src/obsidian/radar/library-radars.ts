import type { App, Plugin, TAbstractFile } from "obsidian";
import { savedLibraries, type NamedLibrary } from "../../core/radar/library-scope";
import type { NoteProperties } from "../note-properties";
import { LibraryRadar } from "./library-radar";
import { RadarPaperCache } from "./radar-paper-cache";

/**
 * One radar per library of the setting (`feed.radarLibrary`, one a line), each built the first time
 * it is asked for and kept current from the vault's events, registered once here. A library taken
 * out of the setting is dropped at the next ask. Related papers are always found among every paper note.
 */
export class LibraryRadars {
	private readonly radars = new Map<string, LibraryRadar>();
	private readonly papers: RadarPaperCache;

	constructor(
		private readonly app: App,
		private readonly properties: NoteProperties,
		private readonly setting: () => string,
		/** The plugin's folder, where the papers read are kept between sessions. */
		folder: string,
	) {
		this.papers = new RadarPaperCache(app, properties, folder);
	}

	register(plugin: Pick<Plugin, "registerEvent" | "register">): void {
		plugin.registerEvent(this.app.metadataCache.on("changed", (file) => this.each((r) => r.changed(file))));
		plugin.registerEvent(
			this.app.vault.on("delete", (file) => {
				this.papers.forget(file.path);
				this.each((r) => r.deleted(file));
			}),
		);
		plugin.registerEvent(
			this.app.vault.on("rename", (file: TAbstractFile, oldPath: string) => {
				this.papers.move(oldPath, file.path);
				this.each((r) => r.renamed(file, oldPath));
			}),
		);
		plugin.register(() => this.papers.dispose());
	}

	private each(fn: (radar: LibraryRadar) => void): void {
		for (const radar of this.radars.values()) fn(radar);
	}

	/** The libraries of the setting, first the default; every paper note when the setting names none it can read. */
	libraries(): NamedLibrary[] {
		return savedLibraries(this.setting());
	}

	/** The radar of a library of the setting (the first when none is named or the name is gone). */
	radar(line?: string): LibraryRadar {
		const libraries = this.libraries();
		const library = libraries.find((l) => l.line === line) ?? libraries[0];
		const keep = new Set([...libraries.map((l) => l.line), "all"]);
		for (const key of this.radars.keys()) if (!keep.has(key)) this.radars.delete(key);
		return library ? this.radarOf(library) : this.everyPaper();
	}

	/** The radar over every paper note (related papers). */
	everyPaper(): LibraryRadar {
		return this.radarOf({ line: "all", scope: { kind: "all" } });
	}

	private radarOf(library: NamedLibrary): LibraryRadar {
		const key = library.scope.kind === "all" ? "all" : library.line;
		let radar = this.radars.get(key);
		if (!radar) {
			radar = new LibraryRadar(this.app, this.properties, library.scope, this.papers);
			this.radars.set(key, radar);
		}
		return radar;
	}
}
