import fs, { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { FolderVault } from "../../src/cli/folder-vault";
import { tempDir } from "../support/temp-dir";

const fresh = (): { dir: string; vault: FolderVault } => {
	const dir = tempDir("arxiv-atlas-fv-");
	return { dir, vault: new FolderVault(dir) };
};

describe("FolderVault (the CLI's vault) keeps Obsidian's rules", () => {
	it("creates parent folders, and refuses an existing path whatever its case", async () => {
		const { dir, vault } = fresh();
		await vault.create("papers/Deep/A.md", "one");
		expect(readFileSync(join(dir, "papers/Deep/A.md"), "utf8")).toBe("one");
		await expect(vault.create("Papers/deep/a.md", "two")).rejects.toThrow("File already exists.");
		expect(await vault.exists("PAPERS/deep/A.MD")).toBe(true);
		expect(readFileSync(join(dir, "papers/Deep/A.md"), "utf8")).toBe("one");
		expect(readdirSync(join(dir, "papers/Deep"))).toEqual(["A.md"]); // no temporary files left
	});

	it("runs concurrent edits of one file one after another, losing none", async () => {
		const { vault } = fresh();
		await vault.create("daily/d.md", "");
		await Promise.all(Array.from({ length: 50 }, (_, i) => vault.process("daily/d.md", (t) => `${t}${i}\n`)));
		const lines = (await vault.read("daily/d.md")).trim().split("\n");
		expect(lines.sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
	});

	it("never writes outside its folder", async () => {
		const { vault } = fresh();
		await expect(vault.create("../escape.md", "x")).rejects.toThrow(/outside the vault folder/);
	});

	it("lists Markdown files below a folder, skipping hidden folders", async () => {
		const { vault } = fresh();
		await vault.create("a/b.md", "");
		await vault.create("a/c.txt", "");
		await vault.create(".obsidian/x.md", "");
		expect(await vault.listMarkdown("")).toEqual(["a/b.md"]);
	});

	it("puts a note into an existing folder whatever its case, making no second folder", async () => {
		const { dir, vault } = fresh();
		await vault.create("papers/a.md", "a");
		await vault.create("Papers/Deep/b.md", "b");
		await vault.create("PAPERS/deep/c.md", "c");
		expect(readdirSync(dir)).toEqual(["papers"]);
		expect(readdirSync(join(dir, "papers")).sort()).toEqual(["Deep", "a.md"]);
		expect(readdirSync(join(dir, "papers/Deep")).sort()).toEqual(["b.md", "c.md"]);
	});

	it("on a disk without hard links, still creates, and still never overwrites", async () => {
		const { dir, vault } = fresh();
		const link = vi.spyOn(fs, "linkSync").mockImplementation(() => {
			throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" });
		});
		try {
			await vault.create("papers/a.md", "one");
			expect(readFileSync(join(dir, "papers/a.md"), "utf8")).toBe("one");
			// Past the case-insensitive check (a file made behind its back), the exclusive create still refuses.
			writeFileSync(join(dir, "papers/b.md"), "theirs");
			vi.spyOn(vault, "exists").mockResolvedValueOnce(false);
			await expect(vault.create("papers/b.md", "mine")).rejects.toThrow("File already exists.");
			expect(readFileSync(join(dir, "papers/b.md"), "utf8")).toBe("theirs");
			expect(readdirSync(join(dir, "papers")).sort()).toEqual(["a.md", "b.md"]); // no temporary files left
			expect(link).toHaveBeenCalled();
		} finally {
			link.mockRestore();
		}
	});

	it("refuses through the link too, when a file appeared after the check", async () => {
		const { dir, vault } = fresh();
		writeFileSync(join(dir, "x.md"), "theirs");
		vi.spyOn(vault, "exists").mockResolvedValueOnce(false);
		await expect(vault.create("x.md", "mine")).rejects.toThrow("File already exists.");
		expect(readFileSync(join(dir, "x.md"), "utf8")).toBe("theirs");
		expect(readdirSync(dir)).toEqual(["x.md"]);
	});
});
