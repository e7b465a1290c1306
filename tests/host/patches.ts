/**
 * Fixes to obsidian-test-mocks 3.11.0, applied to its prototypes when the host module loads, so
 * objects the mocks create internally (the vault's TFiles, Setting.addText's TextComponent, …)
 * behave the same as the ones plugin code creates. Each fix names the Obsidian behaviour it
 * restores; tests/host/host.test.ts pins every one of them.
 */
import type { DataWriteOptions } from "obsidian";
import {
	AbstractInputSuggest,
	AbstractTextComponent,
	ButtonComponent,
	DropdownComponent,
	FileManager,
	FileSystemAdapter,
	MetadataCache,
	Modal,
	Setting,
	SettingGroup,
	SettingTab,
	SliderComponent,
	TFile,
	TFolder,
	ToggleComponent,
	Vault,
	WorkspaceLeaf,
} from "obsidian-test-mocks/obsidian";
import { processFrontmatterText } from "./frontmatter";
import { DEFAULT_LINK_SETTINGS, fileToLinktext, generateMarkdownLink, type LinkSettings, type LinkTarget, type NewLinkFormat } from "./links";
import { parentOf } from "./paths";
import { isModalOpen, noteVaultActivity, openModals, pushModal, removeModal, track, vaultState } from "./state";

const PATCHED = Symbol.for("arxiv-atlas.host.patched");

// ------------------------------------------------------------------------------------- helpers

/** The in-memory adapter behind a vault (the host always builds vaults on one). */
function memoryAdapter(vault: Vault): FileSystemAdapter {
	const adapter: unknown = vault.adapter;
	if (!(adapter instanceof FileSystemAdapter)) throw new Error("the host only supports the in-memory FileSystemAdapter");
	return adapter;
}

function enoent(vault: Vault, path: string): Error {
	const full = `${memoryAdapter(vault).getBasePath()}/${path}`;
	return Object.assign(new Error(`ENOENT: no such file or directory, open '${full}'`), { code: "ENOENT", errno: -2, syscall: "open", path: full });
}

/** TFile.stat follows the file, as in Obsidian (the mocks leave it at 0/0/0). */
async function refreshStat(vault: Vault, file: TFile): Promise<void> {
	const stat = await memoryAdapter(vault).stat(file.path);
	if (stat) file.stat = { ctime: stat.ctime, mtime: stat.mtime, size: stat.size };
}

export function linkSettings(vault: Vault): LinkSettings {
	const useMarkdownLinks = vault.getConfig__("useMarkdownLinks");
	const newLinkFormat = vault.getConfig__("newLinkFormat");
	return {
		useMarkdownLinks: typeof useMarkdownLinks === "boolean" ? useMarkdownLinks : DEFAULT_LINK_SETTINGS.useMarkdownLinks,
		newLinkFormat:
			newLinkFormat === "shortest" || newLinkFormat === "relative" || newLinkFormat === "absolute"
				? (newLinkFormat as NewLinkFormat)
				: DEFAULT_LINK_SETTINGS.newLinkFormat,
	};
}

/** The vault's files that may share a file name (lower case, with its extension), through the name index. */
function filesNamed(vault: Vault): (lowerName: string) => Iterable<LinkTarget> {
	return (lowerName) => nameIndexes.get(vault)?.get(nameKey(lowerName)) ?? [];
}

/** Shapes of the mocks' private fields that the fixes below read or write. */
interface AppRef {
	readonly app: { readonly vault: Vault };
}
interface TextComponentFields {
	_onChange?: (value: string) => unknown;
	value: string;
}
interface ToggleFields {
	_onChange: ((value: boolean) => unknown) | null;
	value: boolean;
}
interface DropdownFields {
	changeCallback?: () => void;
}
interface SliderFields {
	_onChange: ((value: number) => unknown) | null;
	value: number;
	instant__?: boolean;
}
interface ButtonFields {
	clickHandler?: (evt: MouseEvent) => unknown;
}
interface ModalFields {
	closeCallback: (() => unknown) | null;
}
interface LeafFields {
	file: TFile | null;
}
interface MetadataCacheFields {
	parseFileMetadata(file: unknown): void;
	updateLinks(sourcePath: string, cache: unknown): void;
}

/** Adds a DOM listener once per component (the mocks wire none: typing or clicking did nothing). */
const wired = new WeakSet<object>();
function wireOnce(component: object, wire: () => void): void {
	if (wired.has(component)) return;
	wired.add(component);
	wire();
}

// ---------------------------------------------------------------------------------- the vault

function patchVault(): void {
	const proto = Vault.prototype;
	const create = proto.create;
	const createFolder = proto.createFolder;
	const modify = proto.modify;
	const append = proto.append;

	// Obsidian: create() refuses a path that exists, compared the way the disk compares names, so
	// on macOS/Windows (case-insensitive) "papers/a.md" is refused when "Papers/A.md" exists:
	// Error("File already exists."). A missing parent folder is not created: the write fails with
	// ENOENT (desktop: "ENOENT: no such file or directory, open '<vault>/<path>'").
	// Every write, delete and rename is counted for settle() (the host's "is the vault quiet?").
	const trigger = proto.trigger;
	proto.trigger = function (this: Vault, name: string, ...data: unknown[]): void {
		if (name === "create" || name === "modify" || name === "delete" || name === "rename") noteVaultActivity();
		trigger.call(this, name, ...data);
	};

	proto.create = async function (this: Vault, path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		if (this.getAbstractFileByPath(path) || (await this.adapter.exists(path))) throw new Error("File already exists.");
		const parent = parentOf(path);
		if (parent !== "" && !(await this.adapter.exists(parent))) throw enoent(this, path);
		const file = await create.call(this, path, data, options);
		await refreshStat(this, file);
		return file;
	};

	// Obsidian: createFolder() on an existing path rejects with Error("Folder already exists.").
	// Missing parents are made (the desktop adapter's mkdir is recursive).
	proto.createFolder = async function (this: Vault, path: string): Promise<TFolder> {
		if (this.getAbstractFileByPath(path) || (await this.adapter.exists(path))) throw new Error("Folder already exists.");
		return createFolder.call(this, path);
	};

	proto.modify = async function (this: Vault, file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await modify.call(this, file, data, options);
		await refreshStat(this, file);
	};

	proto.append = async function (this: Vault, file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await append.call(this, file, data, options);
		await refreshStat(this, file);
	};

	// Obsidian: process() is atomic ("Atomically read, modify, and save the contents of a note"):
	// fn gets the current text and its result is written with no other write in between. The mocks
	// awaited between the read and the write, so two concurrent calls lost one update.
	proto.process = async function (this: Vault, file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		await Promise.resolve();
		const adapter = memoryAdapter(this);
		const result = fn(adapter.readSync__(file.path));
		adapter.writeSync__(file.path, result, options);
		this.trigger("modify", file);
		await refreshStat(this, file);
		return result;
	};

	// Reading a note is disk work in Obsidian: settle() waits for those in flight.
	const cachedRead = proto.cachedRead;
	const vaultRead = proto.read;
	proto.cachedRead = function (this: Vault, file: TFile): Promise<string> {
		return track(cachedRead.call(this, file));
	};
	proto.read = function (this: Vault, file: TFile): Promise<string> {
		return track(vaultRead.call(this, file));
	};

	proto.getName = function (this: Vault): string {
		return vaultState(this).vaultName;
	};
}

function patchAdapter(): void {
	// DataAdapter.process is documented atomic too.
	const proto = FileSystemAdapter.prototype;
	// Reads are disk work in Obsidian: settle() waits for those in flight, as it does for requests.
	const exists = proto.exists;
	const read = proto.read;
	proto.exists = function (this: FileSystemAdapter, path: string, sensitive?: boolean): Promise<boolean> {
		return track(exists.call(this, path, sensitive));
	};
	proto.read = function (this: FileSystemAdapter, path: string): Promise<string> {
		return track(read.call(this, path));
	};
	proto.process = async function (this: FileSystemAdapter, path: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		await Promise.resolve();
		const result = fn(this.readSync__(path));
		this.writeSync__(path, result, options);
		return result;
	};
}

// ----------------------------------------------------------------- file manager, metadata cache

function patchFileManager(): void {
	const proto = FileManager.prototype;

	// Obsidian: parse the YAML, let fn mutate, write back through an atomic process(); invalid
	// YAML throws YAMLParseError and nothing is written. The mocks could not see an empty block,
	// and wrote a `{}` block into notes that had none when fn changed nothing.
	proto.processFrontMatter = async function (
		this: FileManager,
		file: TFile,
		fn: (frontmatter: Record<string, unknown>) => void,
		options?: DataWriteOptions,
	): Promise<void> {
		const { vault } = (this as unknown as AppRef).app;
		await vault.process(file, (text) => processFrontmatterText(text, fn), options);
	};

	// Obsidian: the link follows "Files & links" (wikilink or Markdown link; shortest, relative or
	// absolute path). The mocks always wrote [[basename]].
	proto.generateMarkdownLink = function (this: FileManager, file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const { vault } = (this as unknown as AppRef).app;
		return generateMarkdownLink(filesNamed(vault), file, sourcePath, subpath, alias, linkSettings(vault));
	};
}

/** `keywords/broad/Large Models.md` or `Large Models` -> `large models`: how a link names a note. */
function nameKey(linkpath: string): string {
	return (linkpath.split("/").pop() ?? linkpath).replace(/\.md$/i, "").toLowerCase();
}

interface LinkState {
	/** Note name -> the notes with an unresolved link to that name. */
	unresolvedBy: Map<string, Set<string>>;
	/** Note -> the names it has unresolved links to. */
	unresolvedOf: Map<string, string[]>;
}
const linkStates = new WeakMap<object, LinkState>();
function linkState(cache: object): LinkState {
	let state = linkStates.get(cache);
	if (!state) {
		state = { unresolvedBy: new Map(), unresolvedOf: new Map() };
		linkStates.set(cache, state);
	}
	return state;
}

/** Files by name (lower case), kept from the vault's events, for shortest-path links. */
const nameIndexes = new WeakMap<object, Map<string, Set<TFile>>>();
export function indexNames(vault: Vault): void {
	const index = new Map<string, Set<TFile>>();
	const add = (file: TFile): void => {
		const key = nameKey(file.path);
		let set = index.get(key);
		if (!set) index.set(key, (set = new Set()));
		set.add(file);
	};
	const remove = (file: TFile, path: string): void => {
		index.get(nameKey(path))?.delete(file);
	};
	for (const file of vault.getFiles()) add(file);
	vault.on("create", (file) => {
		if (file instanceof TFile) add(file);
	});
	vault.on("delete", (file) => {
		if (file instanceof TFile) remove(file, file.path);
	});
	vault.on("rename", (file, oldPath) => {
		if (!(file instanceof TFile) || typeof oldPath !== "string") return;
		remove(file, oldPath);
		add(file);
	});
	nameIndexes.set(vault, index);
}

/** Resolves every note's links once (a new host: its files were parsed before the name index existed). */
export function resolveAll(cache: MetadataCache): void {
	const fields = cache as unknown as MetadataCacheFields;
	for (const [path, entry] of cache.cache__) fields.updateLinks.call(cache, path, entry);
}

/** A URL or another app's link (`https:`, `mailto:`, `obsidian:`): not a note, never resolved or unresolved. */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

function patchMetadataCache(): void {
	const proto = MetadataCache.prototype;

	// Obsidian: a link is a path (with or without .md) or, with shortest links, a note's name. The
	// mocks scanned every file of the vault for each link.
	proto.getFirstLinkpathDest = function (this: MetadataCache, linkpath: string, sourcePath: string): TFile | null {
		const vault = this.app__.vault;
		const at = (path: string): TFile | null => vault.getFileByPath(path) ?? vault.getFileByPath(`${path}.md`);
		// A relative link (`../keywords/X`, the "relative path" link format) is read from the source's folder.
		if (linkpath.startsWith("./") || linkpath.startsWith("../")) {
			const parts = parentOf(sourcePath) === "" ? [] : parentOf(sourcePath).split("/");
			for (const part of linkpath.split("/")) {
				if (part === "..") parts.pop();
				else if (part !== ".") parts.push(part);
			}
			return at(parts.join("/"));
		}
		const exact = at(linkpath);
		if (exact) return exact;
		// A name, or the end of a path (`broad/X`): the notes of that name whose path ends so.
		const named = nameIndexes.get(vault)?.get(nameKey(linkpath));
		const lower = linkpath.toLowerCase();
		if (named) for (const file of named) if ([file.path, file.path.replace(/\.md$/, "")].some((p) => p.toLowerCase() === lower || p.toLowerCase().endsWith(`/${lower}`))) return file;
		return null;
	};

	// resolvedLinks and unresolvedLinks as Obsidian keeps them: external links are in neither.
	(proto as unknown as MetadataCacheFields).updateLinks = function (this: MetadataCache, sourcePath: string, cache: unknown): void {
		const meta = cache as { links?: { link: string }[]; embeds?: { link: string }[]; frontmatterLinks?: { link: string }[] };
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		for (const reference of [...(meta.links ?? []), ...(meta.embeds ?? []), ...(meta.frontmatterLinks ?? [])]) {
			const linkpath = reference.link.split("#")[0] ?? "";
			if (linkpath === "" || EXTERNAL.test(linkpath)) continue;
			const dest = this.getFirstLinkpathDest(linkpath, sourcePath);
			if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
			else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
		}
		this.resolvedLinks[sourcePath] = resolved;
		this.unresolvedLinks[sourcePath] = unresolved;
		const state = linkState(this);
		for (const name of state.unresolvedOf.get(sourcePath) ?? []) state.unresolvedBy.get(name)?.delete(sourcePath);
		const names = [...new Set(Object.keys(unresolved).map(nameKey))];
		state.unresolvedOf.set(sourcePath, names);
		for (const name of names) {
			let set = state.unresolvedBy.get(name);
			if (!set) state.unresolvedBy.set(name, (set = new Set()));
			set.add(sourcePath);
		}
	};

	proto.fileToLinktext = function (this: MetadataCache, file: TFile, sourcePath: string, omitMdExtension?: boolean): string {
		const vault = this.app__.vault;
		return fileToLinktext(filesNamed(vault), file, sourcePath, omitMdExtension ?? true, linkSettings(vault).newLinkFormat);
	};

	const fields = proto as unknown as MetadataCacheFields;
	const parse = fields.parseFileMetadata;
	fields.parseFileMetadata = function (this: MetadataCache, file: unknown): void {
		const state = vaultState(this.app__.vault);
		if (state.metadataMode === "deferred" && file instanceof TFile) {
			// Like Obsidian, the cache catches up later (a macrotask here; settle() forces it).
			const first = state.pendingMetadata.size === 0;
			state.pendingMetadata.add(file);
			if (first) setTimeout(() => state.flushMetadata(), 0);
			return;
		}
		try {
			parse.call(this, file);
		} catch (error) {
			// Obsidian keeps indexing a note whose YAML does not parse (its frontmatter is then
			// undefined); the mocks threw out of vault.create/modify.
			if (!(file instanceof TFile) || !(error instanceof Error) || error.name !== "YAMLParseError") throw error;
			this.cache__.set(file.path, {});
			this.trigger("changed", file, this.app__.vault.readSync__(file), {});
			return;
		}
		if (file instanceof TFile) {
			// An empty frontmatter block gave a strict proxy that threw on every key read.
			const cache = this.cache__.get(file.path);
			if (cache?.frontmatter && Object.keys(cache.frontmatter).length === 0) cache.frontmatter = {};
			// Obsidian resolves links again when their target appears; the mocks resolved a link only
			// when its source was written, so a link to a note created later stayed unresolved. Only the
			// notes with an unresolved link to this name are looked at again (a name index, not a pass
			// over the vault: the host holds 10,000-note vaults).
			for (const source of [...(linkState(this).unresolvedBy.get(nameKey(file.path)) ?? [])]) {
				const sourceCache = this.cache__.get(source);
				if (source !== file.path && sourceCache) fields.updateLinks.call(this, source, sourceCache);
			}
		}
	};
}

/**
 * Applies deferred cache updates of one vault now, in Obsidian's order: `changed` for each file
 * (parseFileMetadata fires it), then `resolve` for each, then one `resolved` ("fired each time files
 * get modified after the initial load", obsidian.d.ts).
 */
export function makeMetadataFlusher(cache: MetadataCache): () => void {
	const fields = cache as unknown as MetadataCacheFields;
	return () => {
		const state = vaultState(cache.app__.vault);
		if (state.pendingMetadata.size === 0) return;
		const files = [...state.pendingMetadata].filter((f): f is TFile => f instanceof TFile && !f.deleted__);
		state.pendingMetadata.clear();
		const mode = state.metadataMode;
		state.metadataMode = "sync";
		try {
			for (const file of files) fields.parseFileMetadata(file);
		} finally {
			state.metadataMode = mode;
		}
		for (const file of files) cache.trigger("resolve", file);
		cache.trigger("resolved");
	};
}

/**
 * Deletes and renames reach the cache as in Obsidian: a deleted note leaves the cache and
 * `metadataCache.on("deleted", (file, prevCache))` fires; a renamed note keeps its cache under the
 * new path ("changed" is "not called when a file is renamed", obsidian.d.ts) and links are resolved
 * again. The mocks left the old entries in place.
 */
export function followDeletesAndRenames(vault: Vault, cache: MetadataCache): void {
	const fields = cache as unknown as MetadataCacheFields;
	vault.on("delete", (file) => {
		if (!(file instanceof TFile)) return;
		const prev = cache.cache__.get(file.path) ?? null;
		cache.cache__.delete(file.path);
		delete cache.resolvedLinks[file.path];
		delete cache.unresolvedLinks[file.path];
		vaultState(vault).pendingMetadata.delete(file);
		for (const [source, targets] of Object.entries(cache.resolvedLinks)) {
			const sourceCache = cache.cache__.get(source);
			if (sourceCache && file.path in targets) fields.updateLinks.call(cache, source, sourceCache);
		}
		cache.trigger("deleted", file, prev);
	});
	vault.on("rename", (file, oldPath) => {
		if (!(file instanceof TFile) || typeof oldPath !== "string") return;
		const entry = cache.cache__.get(oldPath);
		cache.cache__.delete(oldPath);
		delete cache.resolvedLinks[oldPath];
		delete cache.unresolvedLinks[oldPath];
		if (entry) {
			cache.cache__.set(file.path, entry);
			fields.updateLinks.call(cache, file.path, entry);
		}
		for (const [source, sourceCache] of cache.cache__.entries()) if (source !== file.path) fields.updateLinks.call(cache, source, sourceCache);
	});
}

// ------------------------------------------------------------------------------------ workspace

function patchWorkspaceLeaf(): void {
	const proto = WorkspaceLeaf.prototype;
	// Obsidian: opening a file makes the leaf active and fires "file-open"; the host also records
	// the file so tests can check what was opened.
	proto.openFile = async function (this: WorkspaceLeaf, file: TFile): Promise<void> {
		await Promise.resolve();
		(this as unknown as LeafFields).file = file;
		const workspace = this.app__.workspace;
		workspace.setActiveLeaf(this);
		workspace.trigger("file-open", file);
		vaultState(this.app__.vault).opened.push(file);
	};
}

// ---------------------------------------------------------------------------------------- modal

function patchModal(): void {
	const proto = Modal.prototype;
	// Obsidian: open() shows the modal (attached to document.body) and calls onOpen; it stays open
	// until close(), Escape or the close button. The mocks closed every modal on the next tick.
	proto.open = function (this: Modal): void {
		if (isModalOpen(this)) return;
		const { containerEl, modalEl, titleEl, contentEl } = this;
		containerEl.addClass("modal-container");
		modalEl.addClass("modal");
		titleEl.addClass("modal-title");
		contentEl.addClass("modal-content");
		if (!modalEl.querySelector(":scope > .modal-close-button")) {
			const closeButton = createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
			closeButton.addEventListener("click", () => this.close());
			modalEl.prepend(closeButton);
			// Obsidian's order: close button, title, content.
			modalEl.insertBefore(titleEl, contentEl);
		}
		document.body.appendChild(containerEl);
		pushModal({ modal: this, containerEl, contentEl, titleEl, close: () => this.close() });
		void this.onOpen();
	};

	// Escape closes the top-most modal, wherever the key was pressed.
	document.addEventListener("keydown", (evt) => {
		const top = openModals()[openModals().length - 1];
		if (evt.key === "Escape" && top) {
			evt.preventDefault();
			top.close();
		}
	});

	proto.close = function (this: Modal): void {
		if (!isModalOpen(this)) return;
		removeModal(this);
		this.containerEl.remove();
		void this.onClose();
		(this as unknown as ModalFields).closeCallback?.();
	};
}

// ----------------------------------------------------------------------------------- components

function patchTextComponents(): void {
	const proto = AbstractTextComponent.prototype;
	type Text = AbstractTextComponent<HTMLInputElement | HTMLTextAreaElement>;
	const wire = (component: Text): void =>
		wireOnce(component, () => {
			component.inputEl.addEventListener("input", () => component.onChanged());
		});

	// Obsidian: setValue only sets the field; onChange runs when the user types ("input" event).
	// The mocks called onChange from setValue and never listened to the input.
	proto.setValue = function (this: Text, value: string) {
		(this as unknown as TextComponentFields).value = value;
		this.inputEl.value = value;
		wire(this);
		return this;
	};
	proto.getValue = function (this: Text): string {
		return this.inputEl.value;
	};
	proto.onChange = function (this: Text, callback: (value: string) => unknown) {
		(this as unknown as TextComponentFields)._onChange = callback;
		wire(this);
		return this;
	};
	proto.onChanged = function (this: Text): void {
		const fields = this as unknown as TextComponentFields;
		fields.value = this.inputEl.value;
		fields._onChange?.(this.inputEl.value);
	};
	proto.setDisabled = function (this: Text, disabled: boolean) {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	};
}

function patchButton(): void {
	const proto = ButtonComponent.prototype;
	// Obsidian: a click on buttonEl runs the onClick callback (not when disabled).
	proto.onClick = function (this: ButtonComponent, callback: (evt: MouseEvent) => unknown) {
		(this as unknown as ButtonFields).clickHandler = callback;
		wireOnce(this, () => {
			this.buttonEl.addEventListener("click", (evt) => {
				if (this.buttonEl.disabled) return;
				(this as unknown as ButtonFields).clickHandler?.(evt);
			});
		});
		return this;
	};
	proto.setDisabled = function (this: ButtonComponent, disabled: boolean) {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	};
}

function patchToggle(): void {
	const proto = ToggleComponent.prototype;
	const wire = (component: ToggleComponent): void =>
		wireOnce(component, () => {
			component.toggleEl.addClass("checkbox-container");
			component.toggleEl.addEventListener("click", () => component.onClick());
		});
	// Obsidian: clicking the toggle flips it; setValue calls onChange only when the value changes.
	proto.setValue = function (this: ToggleComponent, value: boolean) {
		const fields = this as unknown as ToggleFields;
		const changed = fields.value !== value;
		fields.value = value;
		this.toggleEl.toggleClass("is-enabled", value);
		wire(this);
		if (changed) fields._onChange?.(value);
		return this;
	};
	proto.onChange = function (this: ToggleComponent, callback: (value: boolean) => unknown) {
		(this as unknown as ToggleFields)._onChange = callback;
		wire(this);
		return this;
	};
	proto.onClick = function (this: ToggleComponent): void {
		if (this.disabled) return;
		this.setValue(!this.getValue());
	};
	proto.setDisabled = function (this: ToggleComponent, disabled: boolean) {
		this.disabled = disabled;
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	};
}

function patchDropdown(): void {
	const proto = DropdownComponent.prototype;
	// Obsidian: setValue only selects; onChange runs on the select's "change" event.
	proto.setValue = function (this: DropdownComponent, value: string) {
		this.selectEl.value = value;
		return this;
	};
	proto.onChange = function (this: DropdownComponent, callback: (value: string) => void) {
		(this as unknown as DropdownFields).changeCallback = () => callback(this.getValue());
		wireOnce(this, () => {
			this.selectEl.addEventListener("change", () => (this as unknown as DropdownFields).changeCallback?.());
		});
		return this;
	};
	proto.setDisabled = function (this: DropdownComponent, disabled: boolean) {
		this.disabled = disabled;
		this.selectEl.disabled = disabled;
		return this;
	};
}

function patchSlider(): void {
	const proto = SliderComponent.prototype;
	const wire = (component: SliderComponent): void =>
		wireOnce(component, () => {
			const fields = component as unknown as SliderFields;
			const changed = (): void => {
				fields.value = Number(component.sliderEl.value);
				fields._onChange?.(fields.value);
			};
			component.sliderEl.addEventListener("change", changed);
			component.sliderEl.addEventListener("input", () => {
				if ("instant__" in fields && fields.instant__ === true) changed();
				else fields.value = Number(component.sliderEl.value);
				showValue(component);
			});
		});
	// Obsidian 1.13: "the value is now always shown inline next to the slider", formatted by
	// setDisplayFormat (obsidian.d.ts). The host shows it in a `.slider-value` after the slider.
	const shown = new WeakMap<SliderComponent, { el: HTMLElement; format?: (value: number) => string }>();
	const showValue = (component: SliderComponent): void => {
		let state = shown.get(component);
		if (!state) {
			state = { el: createSpan({ cls: "slider-value" }) };
			component.sliderEl.after(state.el);
			shown.set(component, state);
		}
		const value = Number(component.sliderEl.value);
		state.el.setText(state.format ? state.format(value) : String(value));
	};
	proto.setDisplayFormat = function (this: SliderComponent, format: (value: number) => string) {
		showValue(this);
		const state = shown.get(this);
		if (state) state.format = format;
		showValue(this);
		return this;
	};
	// Obsidian: setValue only moves the slider; onChange runs on "change" (on "input" too when
	// setInstant(true)).
	proto.setValue = function (this: SliderComponent, value: number) {
		(this as unknown as SliderFields).value = value;
		this.sliderEl.value = String(value);
		wire(this);
		showValue(this);
		return this;
	};
	proto.onChange = function (this: SliderComponent, callback: (value: number) => unknown) {
		(this as unknown as SliderFields)._onChange = callback;
		wire(this);
		return this;
	};
	proto.setInstant = function (this: SliderComponent, instant: boolean) {
		(this as unknown as SliderFields).instant__ = instant;
		return this;
	};
	proto.setDisabled = function (this: SliderComponent, disabled: boolean) {
		this.disabled = disabled;
		this.sliderEl.disabled = disabled;
		return this;
	};
}

// ------------------------------------------------------------------------------- input suggest

interface InputSuggestFields {
	limit: number;
	getSuggestions(query: string): unknown[] | Promise<unknown[]>;
	renderSuggestion(value: unknown, el: HTMLElement): void;
	selectSuggestion(value: unknown, evt: MouseEvent | KeyboardEvent): void;
}

/**
 * Obsidian's AbstractInputSuggest: typing in its text box shows a popover (`.suggestion-container`)
 * under it with one `.suggestion-item` per suggestion (getSuggestions, renderSuggestion, at most
 * `limit`); clicking one calls selectSuggestion. close() removes the popover. The mocks did nothing.
 */
function patchInputSuggest(): void {
	const proto = AbstractInputSuggest.prototype as unknown as { constructor2__(app: unknown, el: HTMLElement): void; close(): void };
	const popovers = new WeakMap<object, HTMLElement>();
	proto.constructor2__ = function (this: InputSuggestFields, _app: unknown, inputEl: HTMLElement): void {
		const close = (): void => {
			popovers.get(this)?.remove();
			popovers.delete(this);
		};
		inputEl.addEventListener("input", () => {
			const query = inputEl instanceof HTMLInputElement ? inputEl.value : (inputEl.textContent ?? "");
			void Promise.resolve(this.getSuggestions(query)).then((items) => {
				close();
				if (items.length === 0) return;
				const container = document.body.createDiv({ cls: "suggestion-container" });
				const list = container.createDiv({ cls: "suggestion" });
				for (const item of this.limit > 0 ? items.slice(0, this.limit) : items) {
					const el = list.createDiv({ cls: "suggestion-item" });
					this.renderSuggestion(item, el);
					el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
				}
				popovers.set(this, container);
			});
		});
	};
	proto.close = function (this: object): void {
		popovers.get(this)?.remove();
		popovers.delete(this);
	};
}

// ------------------------------------------------------------------------------------- settings

/**
 * Obsidian's Setting DOM: `.setting-item` holding `.setting-item-info` (name, description) before
 * `.setting-item-control`, so tests find a row by its name; the mocks use bare divs with the control
 * first. In the constructor hook, so the rows the mocks draw from setting definitions have it too.
 */
function patchSetting(): void {
	const proto = Setting.prototype as unknown as { constructor__(containerEl: HTMLElement): void };
	proto.constructor__ = function (this: Setting): void {
		this.settingEl.addClass("setting-item");
		this.infoEl.addClass("setting-item-info");
		this.nameEl.addClass("setting-item-name");
		this.descEl.addClass("setting-item-description");
		this.controlEl.addClass("setting-item-control");
		this.settingEl.insertBefore(this.infoEl, this.controlEl);
	};
}

/**
 * Obsidian's SettingGroup (1.11+) DOM, as app.css styles it (`.setting-group .setting-item-heading`,
 * `.setting-group .setting-items`): the group's heading is a heading row, like Setting.setHeading's.
 */
function patchSettingGroup(): void {
	const proto = SettingGroup.prototype as unknown as { constructor__(containerEl: HTMLElement): void };
	proto.constructor__ = function (this: SettingGroup): void {
		const fields = this as unknown as { groupEl__: HTMLElement; headerEl: HTMLElement; headerInnerEl: HTMLElement };
		fields.groupEl__.addClass("setting-group");
		fields.headerEl.addClass("setting-item", "setting-item-heading");
		fields.headerInnerEl.addClass("setting-item-name");
		this.listEl.addClass("setting-items");
	};
}

/**
 * SettingTab.update() (1.13): takes the definitions again and draws the open tab from them, as
 * plugins that add or remove rows rely on ("re-renders use update() instead of display()"); the
 * mocks only kept the definitions.
 */
function patchSettingTab(): void {
	const proto = SettingTab.prototype;
	proto.update = function (this: SettingTab): void {
		this.settingItems = this.getSettingDefinitions();
		if (this.containerEl.isConnected) this.renderTab__();
	};
}

// ------------------------------------------------------------------------------------------ all

export function applyPatches(): void {
	const marker = Vault.prototype as unknown as Record<symbol, boolean>;
	if (marker[PATCHED]) return;
	marker[PATCHED] = true;
	patchVault();
	patchAdapter();
	patchFileManager();
	patchMetadataCache();
	patchWorkspaceLeaf();
	patchModal();
	patchTextComponents();
	patchButton();
	patchToggle();
	patchDropdown();
	patchSlider();
	patchInputSuggest();
	patchSetting();
	patchSettingGroup();
	patchSettingTab();
}

applyPatches();
