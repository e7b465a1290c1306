/**
 * The contract every VaultPort keeps, written once and run against each implementation:
 * MemoryVault (core tests), FolderVault (the CLI, over a temp folder on disk) and ObsidianVault
 * (over the in-memory Obsidian host). Call `vaultPortContract` from a test file of the vitest
 * project that can load the implementation (tests/cli/vault-port-contract.test.ts,
 * tests/plugin/vault-port-contract.test.ts).
 *
 * Paths are compared the way most vaults' disks compare them (macOS, Windows): case-insensitively.
 * A case-sensitive vault is not part of this contract.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { VaultPort } from "../../src/core/ports";

export interface ContractVault {
	vault: VaultPort;
	cleanup?(): Promise<void>;
}

export function vaultPortContract(name: string, makeVault: () => Promise<ContractVault>): void {
	describe(`VaultPort contract: ${name}`, () => {
		const made: ContractVault[] = [];
		const fresh = async (): Promise<VaultPort> => {
			const v = await makeVault();
			made.push(v);
			return v.vault;
		};
		afterEach(async () => {
			for (const v of made.splice(0)) await v.cleanup?.();
		});

		describe("create", () => {
			it("writes the text and makes missing parent folders", async () => {
				const vault = await fresh();
				await vault.create("a/b/c/note.md", "text");
				expect(await vault.read("a/b/c/note.md")).toBe("text");
				for (const folder of ["a", "a/b", "a/b/c"]) expect(await vault.exists(folder)).toBe(true);
			});

			it("never overwrites: an existing path rejects and the old text stays", async () => {
				const vault = await fresh();
				await vault.create("papers/a.md", "old");
				await expect(vault.create("papers/a.md", "new")).rejects.toThrow();
				expect(await vault.read("papers/a.md")).toBe("old");
				expect(await vault.listMarkdown("")).toEqual(["papers/a.md"]);
			});

			it("refuses a path that differs only in case, and the old text stays", async () => {
				const vault = await fresh();
				await vault.create("Papers/A.md", "old");
				await expect(vault.create("papers/a.md", "new")).rejects.toThrow();
				await expect(vault.create("PAPERS/A.MD", "new")).rejects.toThrow();
				expect(await vault.read("Papers/A.md")).toBe("old");
				expect(await vault.listMarkdown("")).toEqual(["Papers/A.md"]);
			});

			it("lets exactly one of many concurrent creates of one path win, whatever their case", async () => {
				const vault = await fresh();
				const paths = ["notes/x.md", "Notes/X.md", "NOTES/x.md", "notes/X.MD"];
				const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => vault.create(paths[i % paths.length] ?? "", `writer ${i}`)));
				const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
				expect(winners).toHaveLength(1);
				const winner = winners[0] ?? -1;
				const files = await vault.listMarkdown("");
				expect(files).toEqual([paths[winner % paths.length]]);
				expect(await vault.read(files[0] ?? "")).toBe(`writer ${winner}`);
			});

			it("puts a note into a folder that exists in another case", async () => {
				const vault = await fresh();
				await vault.create("papers/a.md", "a");
				await vault.create("Papers/b.md", "b");
				expect(await vault.exists("papers/b.md")).toBe(true);
				expect(await vault.exists("PAPERS/B.MD")).toBe(true);
				expect(await vault.exists("papers/a.md")).toBe(true);
				await expect(vault.create("papers/B.md", "again")).rejects.toThrow();
			});
		});

		describe("exists", () => {
			it("is case-insensitive, and true for folders", async () => {
				const vault = await fresh();
				await vault.create("Papers/Deep/A.md", "");
				for (const path of ["Papers/Deep/A.md", "papers/deep/a.md", "PAPERS/DEEP/A.MD", "Papers", "papers", "papers/deep", "PAPERS/Deep"]) {
					expect(await vault.exists(path), path).toBe(true);
				}
				for (const path of ["papers/a.md", "papers/deep/b.md", "nope", "papers/deep/a.md/x"]) expect(await vault.exists(path), path).toBe(false);
			});
		});

		describe("read", () => {
			const texts: Record<string, string> = {
				"crlf.md": "---\r\ntitle: x\r\n---\r\nline one\r\nline two\r\n",
				"mixed.md": "a\nb\r\nc\rd",
				"unicode.md": "Café, cafe\u0301 (NFD), 日本語, עברית, emoji 🧪👩‍🔬, nbsp\u00a0and\u202fnarrow, zwj\u200d.\n",
				"empty.md": "",
				"spaces.md": "  \n\t\n\n",
				"no-newline.md": "ends without a newline",
			};
			for (const [path, text] of Object.entries(texts)) {
				it(`gives back what was written, byte for byte: ${path}`, async () => {
					const vault = await fresh();
					await vault.create(`notes/${path}`, text);
					expect(await vault.read(`notes/${path}`)).toBe(text);
				});
			}
		});

		describe("process", () => {
			it("writes fn's result and returns the new text", async () => {
				const vault = await fresh();
				await vault.create("n.md", "one\n");
				let seen: string | undefined;
				const result = await vault.process("n.md", (text) => {
					seen = text;
					return `${text}two ☃\n`;
				});
				expect(seen).toBe("one\n");
				expect(result).toBe("one\ntwo ☃\n");
				expect(await vault.read("n.md")).toBe("one\ntwo ☃\n");
			});

			it("gives fn a CRLF note with LF and writes its result with CRLF; a note that mixes them as it is", async () => {
				const vault = await fresh();
				await vault.create("n.md", "one\r\n");
				let seen: string | undefined;
				const result = await vault.process("n.md", (text) => {
					seen = text;
					return `${text}two ☃\n`;
				});
				expect(seen).toBe("one\n");
				expect(result).toBe("one\r\ntwo ☃\r\n");
				expect(await vault.read("n.md")).toBe("one\r\ntwo ☃\r\n");
				await vault.create("m.md", "one\r\ntwo\n");
				expect(await vault.process("m.md", (text) => `${text}three\n`)).toBe("one\r\ntwo\nthree\n");
			});

			it("is atomic: 50 concurrent appends all land", async () => {
				const vault = await fresh();
				await vault.create("daily/d.md", "");
				await Promise.all(Array.from({ length: 50 }, (_, i) => vault.process("daily/d.md", (t) => `${t}${i}\n`)));
				const lines = (await vault.read("daily/d.md")).trim().split("\n");
				expect(lines.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
			});

			it("writes nothing when fn throws, and the error propagates", async () => {
				const vault = await fresh();
				await vault.create("n.md", "keep me");
				await expect(
					vault.process("n.md", () => {
						throw new Error("boom from fn");
					}),
				).rejects.toThrow("boom from fn");
				expect(await vault.read("n.md")).toBe("keep me");
				// The file still works afterwards.
				expect(await vault.process("n.md", (t) => `${t}!`)).toBe("keep me!");
			});
		});

		describe("frontmatter", () => {
			it("is null for a note without frontmatter, also when --- appears later", async () => {
				const vault = await fresh();
				await vault.create("plain.md", "# Title\n\ntext\n");
				await vault.create("rule.md", "text\n---\na: 1\n---\n");
				await vault.create("empty.md", "");
				for (const path of ["plain.md", "rule.md", "empty.md"]) expect(await vault.frontmatter(path), path).toBeNull();
			});

			it("reads the properties of a note, with CRLF line ends too", async () => {
				const vault = await fresh();
				await vault.create("lf.md", '---\ntitle: T\narxiv_id: "2401.00010"\n---\nbody\n');
				await vault.create("crlf.md", '---\r\ntitle: T\r\narxiv_id: "2401.00010"\r\n---\r\nbody\r\n');
				for (const path of ["lf.md", "crlf.md"]) expect(await vault.frontmatter(path), path).toEqual({ title: "T", arxiv_id: "2401.00010" });
			});
		});

		describe("listMarkdown", () => {
			it("lists the .md files below a folder, recursively, and nothing else", async () => {
				const vault = await fresh();
				const files = [
					"papers/a.md",
					"papers/deep/er/b.md",
					"papers/c.txt",
					"papers/d.pdf",
					"papers/e.md.bak",
					"papers2/f.md",
					"papersX.md",
					"keywords/g.md",
					"root.md",
				];
				for (const path of files) await vault.create(path, "x");
				expect((await vault.listMarkdown("papers")).sort()).toEqual(["papers/a.md", "papers/deep/er/b.md"]);
				expect((await vault.listMarkdown("papers/deep")).sort()).toEqual(["papers/deep/er/b.md"]);
				expect((await vault.listMarkdown("")).sort()).toEqual(["keywords/g.md", "papers/a.md", "papers/deep/er/b.md", "papers2/f.md", "papersX.md", "root.md"]);
				expect(await vault.listMarkdown("missing")).toEqual([]);
			});
		});

		describe("trash", () => {
			it("removes the file from listMarkdown and exists, and leaves the others", async () => {
				const vault = await fresh();
				await vault.create("keywords/a.md", "a");
				await vault.create("keywords/b.md", "b");
				await vault.trash("keywords/a.md");
				expect(await vault.exists("keywords/a.md")).toBe(false);
				expect(await vault.listMarkdown("keywords")).toEqual(["keywords/b.md"]);
				expect(await vault.listMarkdown("")).toEqual(["keywords/b.md"]);
				expect(await vault.read("keywords/b.md")).toBe("b");
				// The path is free again.
				await vault.create("keywords/a.md", "new a");
				expect(await vault.read("keywords/a.md")).toBe("new a");
			});

			it("rejects a path with no file", async () => {
				const vault = await fresh();
				await expect(vault.trash("nothing/here.md")).rejects.toThrow();
			});
		});
	});
}
