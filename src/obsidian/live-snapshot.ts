import { readVaultSnapshot, type SnapshotSource, type VaultSnapshot } from "../core/notes/vault-snapshot";
import type { VaultPort } from "../core/ports";
import type { NoteProperties } from "./note-properties";

/**
 * The vault as the importer plans against it, read once and kept current: each import updates it
 * as it writes (planning records every note it makes), and a change the plugin did not make (a note
 * the user wrote, renamed or deleted) has it read again before the next import. So an import does
 * not look at every note of a large vault each time.
 */
export class LiveSnapshot implements SnapshotSource {
	private cached: { folder: string; snapshot: Promise<VaultSnapshot> } | undefined;

	constructor(
		private readonly vault: VaultPort,
		properties: NoteProperties,
	) {
		properties.onExternalChange(() => this.invalidate());
	}

	snapshot(keywordsFolder: string): Promise<VaultSnapshot> {
		if (this.cached?.folder !== keywordsFolder) {
			const snapshot = readVaultSnapshot(this.vault, keywordsFolder);
			this.cached = { folder: keywordsFolder, snapshot };
			snapshot.catch(() => this.invalidate());
		}
		return this.cached.snapshot;
	}

	invalidate(): void {
		this.cached = undefined;
	}
}
