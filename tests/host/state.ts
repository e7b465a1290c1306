/**
 * What the host records while a test runs: per vault (one per `createHost`) the registered
 * commands, ribbon icons, setting tabs and opened files; globally the notices, open modals and
 * in-flight async work that `settle()` waits for. `resetHostState()` runs before every test
 * (tests/host/setup.ts).
 */
import type { Command, PluginSettingTab } from "obsidian";

export interface RegisteredCommand {
	readonly pluginId: string;
	readonly command: Command;
}

export interface RibbonIcon {
	readonly pluginId: string;
	readonly icon: string;
	readonly title: string;
	readonly callback: (evt: MouseEvent) => unknown;
	readonly el: HTMLElement;
}

export interface RegisteredSettingTab {
	readonly pluginId: string;
	readonly tab: PluginSettingTab;
}

export type MetadataMode = "sync" | "deferred";

export interface VaultState {
	readonly commands: Map<string, RegisteredCommand>;
	readonly ribbonIcons: RibbonIcon[];
	readonly settingTabs: RegisteredSettingTab[];
	/** Every file passed to `WorkspaceLeaf.openFile`, in order. */
	readonly opened: { readonly path: string }[];
	metadataMode: MetadataMode;
	/** Files written while metadataMode is "deferred", whose cache entry is not updated yet. */
	readonly pendingMetadata: Set<object>;
	flushMetadata: () => void;
	vaultName: string;
}

const vaultStates = new WeakMap<object, VaultState>();

/** State of one host, keyed by its `app.vault` (the one object every part of the fake shares). */
export function vaultState(vault: object): VaultState {
	let state = vaultStates.get(vault);
	if (!state) {
		state = {
			commands: new Map(),
			ribbonIcons: [],
			settingTabs: [],
			opened: [],
			metadataMode: "sync",
			pendingMetadata: new Set(),
			flushMetadata: () => undefined,
			vaultName: "Test vault",
		};
		vaultStates.set(vault, state);
	}
	return state;
}

const liveStates = new Set<VaultState>();
export function registerLiveState(state: VaultState): void {
	liveStates.add(state);
}

// ---------------------------------------------------------------- in-flight work for settle()

const inflight = new Set<Promise<unknown>>();

/** Lets `settle()` wait for `promise`; the promise is returned unchanged. */
export function track<T>(promise: Promise<T>): Promise<T> {
	inflight.add(promise);
	const done = (): void => {
		inflight.delete(promise);
	};
	promise.then(done, done);
	return promise;
}

let vaultActivity = 0;
/** Counts a vault write or delete, so settle() can wait until the vault is quiet. */
export function noteVaultActivity(): void {
	vaultActivity += 1;
}

async function drainMicrotasks(turns: number): Promise<void> {
	for (let i = 0; i < turns; i++) await Promise.resolve();
}

/**
 * Waits until the host is idle: no fake HTTP request in flight, no deferred metadata-cache update,
 * and the microtask queue drained. It uses no timers, so it also works under `vi.useFakeTimers()`.
 * Work the plugin schedules with its own timers (window.setTimeout) is not waited for.
 */
export async function settle(): Promise<void> {
	for (let round = 0; round < 200; round++) {
		const before = vaultActivity;
		for (const state of liveStates) state.flushMetadata();
		// Enough turns for a chain of awaits over a few notes read from memory (each read resolves at once).
		await drainMicrotasks(100);
		// Work that plugin code started from an event (a chain of writes) is waited for too.
		const busy = inflight.size > 0 || vaultActivity !== before || [...liveStates].some((s) => s.pendingMetadata.size > 0);
		if (!busy) return;
		if (inflight.size > 0) await Promise.allSettled([...inflight]);
	}
	throw new Error("settle(): the host was still busy after 200 rounds (a request handler that never resolves?)");
}

// ---------------------------------------------------------------- notices

export interface NoticeRecord {
	/** The Notice object itself (to compare identity). */
	readonly notice: object;
	/** The text shown now (after the last setMessage). */
	message: string;
	/** Every text this notice showed, the constructor's first. */
	readonly messages: string[];
	/** As passed to the constructor (undefined = Obsidian's default; 0 = stays until hidden). */
	readonly duration: number | undefined;
	/** True once hide() ran, by the code or by the notice's own timeout. */
	hidden: boolean;
}

const noticeLog: NoticeRecord[] = [];

export function recordNotice(record: NoticeRecord): void {
	noticeLog.push(record);
}

export function noticeRecord(notice: object): NoticeRecord | undefined {
	return noticeLog.find((r) => r.notice === notice);
}

/** Every notice created since the test started, oldest first. */
export function notices(): readonly NoticeRecord[] {
	return noticeLog;
}

/** The current texts of the notices still visible. */
export function visibleNotices(): string[] {
	return noticeLog.filter((n) => !n.hidden).map((n) => n.message);
}

// ---------------------------------------------------------------- modals

export interface OpenModal {
	readonly modal: object;
	readonly containerEl: HTMLElement;
	readonly contentEl: HTMLElement;
	readonly titleEl: HTMLElement;
	close(): void;
}

const modalStack: OpenModal[] = [];

const modalLog: OpenModal[] = [];

export function pushModal(modal: OpenModal): void {
	modalStack.push(modal);
	modalLog.push(modal);
}

/** Every modal opened since the test started, oldest first, closed ones included. */
export function modalsOpened(): readonly OpenModal[] {
	return modalLog;
}

export function removeModal(modal: object): void {
	const index = modalStack.findIndex((m) => m.modal === modal);
	if (index >= 0) modalStack.splice(index, 1);
}

export function isModalOpen(modal: object): boolean {
	return modalStack.some((m) => m.modal === modal);
}

/** Modals open now, the most recently opened last. */
export function openModals(): readonly OpenModal[] {
	return modalStack;
}

/** The most recently opened modal that is still open; throws when none is. */
export function topModal(): OpenModal {
	const top = modalStack[modalStack.length - 1];
	if (!top) throw new Error("no modal is open");
	return top;
}

// ---------------------------------------------------------------- reset

const resetHooks: (() => void)[] = [];
export function onReset(hook: () => void): void {
	resetHooks.push(hook);
}

/** Forgets everything recorded (run before every test by tests/host/setup.ts). */
export function resetHostState(): void {
	noticeLog.length = 0;
	modalStack.length = 0;
	modalLog.length = 0;
	inflight.clear();
	liveStates.clear();
	for (const hook of resetHooks) hook();
}
