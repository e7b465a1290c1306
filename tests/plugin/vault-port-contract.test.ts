/** The VaultPort contract (tests/contract) against ObsidianVault over the in-memory Obsidian host. */
import { describe, expect, it } from "vitest";
import type { App } from "obsidian";
import { NoteProperties } from "../../src/obsidian/note-properties";
import { ObsidianVault } from "../../src/obsidian/vault-adapter";
import { vaultPortContract } from "../contract/vault-port.contract";
import { createHost } from "../host";

// "deferred": like Obsidian, the metadata cache catches up after a write, so frontmatter() must not
// trust it for a note that was just written.
/** An ObsidianVault as the plugin makes it: its NoteProperties listen to the metadata cache. */
function obsidianVault(app: App): ObsidianVault {
	const properties = new NoteProperties(app);
	properties.register({ registerEvent: () => undefined });
	return new ObsidianVault(app, properties);
}

vaultPortContract("ObsidianVault (in-memory Obsidian host)", () => Promise.resolve({ vault: obsidianVault(createHost().app) }));

describe("ObsidianVault beyond the contract", () => {
	it("reads a just-written note's properties from its text, then the metadata cache again once it has caught up", async () => {
		const host = createHost({ metadataCache: "deferred" });
		const vault = obsidianVault(host.app);
		await vault.create("papers/a.md", '---\narxiv_id: "2401.00010"\n---\nbody\n');
		expect(host.frontmatter("papers/a.md")).toBeUndefined(); // the cache is behind
		expect(await vault.frontmatter("papers/a.md")).toEqual({ arxiv_id: "2401.00010" });
		await host.settle();
		expect(await vault.frontmatter("papers/a.md")).toEqual({ arxiv_id: "2401.00010" });
		// From now on the cache is the source, as for any note the plugin did not just write.
		const file = host.app.vault.getFileByPath("papers/a.md");
		if (!file) throw new Error("no file");
		host.app.metadataCache.getFileCache(file)!.frontmatter = { from: "cache" };
		expect(await vault.frontmatter("papers/a.md")).toEqual({ from: "cache" });
	});

	it("rejects (does not throw) when the path is no note", async () => {
		const vault = obsidianVault(createHost().app);
		for (const call of [() => vault.read("x.md"), () => vault.process("x.md", (t) => t), () => vault.trash("x.md")]) {
			let promise: Promise<unknown> | undefined;
			expect(() => {
				promise = call();
			}).not.toThrow();
			await expect(promise).rejects.toThrow('"x.md" is not a note in this vault.');
		}
	});

	it("trash goes through fileManager.trashFile and the note leaves the vault", async () => {
		const host = createHost({ files: { "keywords/a.md": "a", "keywords/b.md": "b" } });
		const vault = obsidianVault(host.app);
		await vault.trash("keywords/a.md");
		expect(host.listFiles("keywords")).toEqual(["keywords/b.md"]);
		expect(await host.app.vault.adapter.exists("keywords/a.md")).toBe(false);
	});
});
