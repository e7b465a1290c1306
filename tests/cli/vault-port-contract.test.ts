/** The VaultPort contract (tests/contract) against the core tests' MemoryVault and the CLI's FolderVault. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FolderVault } from "../../src/cli/folder-vault";
import { vaultPortContract } from "../contract/vault-port.contract";
import { MemoryVault } from "../support/memory-vault";

vaultPortContract("MemoryVault", () => Promise.resolve({ vault: new MemoryVault() }));

vaultPortContract("FolderVault", async () => {
	const dir = await mkdtemp(join(tmpdir(), "arxiv-atlas-contract-"));
	return { vault: new FolderVault(dir), cleanup: () => rm(dir, { recursive: true, force: true }) };
});
