import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { tempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
});

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The recorded search answer (tests/fixtures/arxiv-api) split in two by entry: hand-made saved answers. */
const SCIENCE = readFileSync("tests/fixtures/arxiv-api/search-all-science-10-entries.xml", "utf8");
const ROBOTICS = readFileSync("tests/fixtures/arxiv-api/search-cat-cs.RO-AND-neural-2-entries.xml", "utf8");
const entries = (xml: string): string[] => [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
const feedWith = (parts: readonly string[]): string => `${SCIENCE.slice(0, SCIENCE.indexOf("<entry>"))}${parts.join("\n")}\n</feed>\n`;

describe("arxiv-atlas rank and related", () => {
	it("rank a saved answer by the vault's papers: the Neyman lecture's comment and rejoinder come first for a vault with its other comment", () => {
		const dir = tempDir("arxiv-atlas-rank-");
		const vault = join(dir, "vault");
		const science = entries(SCIENCE);
		const isNeymanReply = (e: string): boolean => /0808\.063[89]/.test(e);
		writeFileSync(join(dir, "library.xml"), feedWith(science.filter((e) => !isNeymanReply(e))));
		writeFileSync(join(dir, "listing.xml"), feedWith([...entries(ROBOTICS), ...science.filter(isNeymanReply), science[0] ?? ""]));
		expect(run("import", "--atom-file", join(dir, "library.xml"), "--vault", vault, "--create").code).toBe(0);

		const r = run("rank", "--vault", vault, "--atom-file", join(dir, "listing.xml"), "--json");
		expect(r.code).toBe(0);
		const ranked = JSON.parse(r.stdout) as { id: string; title: string; score: number; why: string[] }[];
		expect(ranked.map((p) => p.id).slice(0, 2).sort()).toEqual(["0808.0638", "0808.0639"]);
		expect(ranked).toHaveLength(4);
		expect(ranked[0]?.why.join(" ")).toMatch(/neyman|indeterminism|dynamic/);
		// The paper the vault has is left out, and said so.
		expect(r.stderr).toMatch(/1 paper of the listing is already in the vault and left out/);

		// The Neyman lecture's comment and rejoinder are in the listing, not the vault: its other papers come up.
		const related = run("related", "0808.0631", "--vault", vault, "--top", "2", "--json");
		expect(related.code).toBe(0);
		const alike = JSON.parse(related.stdout) as { id: string; why: string[] }[];
		expect(alike).toHaveLength(2);
		expect(alike.map((p) => p.id)).not.toContain("0808.0631");
		const missing = run("related", "2401.99999", "--vault", vault);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/2401\.99999 is not in the vault: import it first/);
	});

	it("rank with the papers the plugin's previews showed and the user passed over, and by one library when asked", () => {
		const dir = tempDir("arxiv-atlas-rank-seen-");
		const vault = join(dir, "vault");
		const science = entries(SCIENCE);
		const isNeymanReply = (e: string): boolean => /0808\.063[89]/.test(e);
		writeFileSync(join(dir, "library.xml"), feedWith(science.filter((e) => !isNeymanReply(e))));
		writeFileSync(join(dir, "listing.xml"), feedWith([...entries(ROBOTICS), ...science.filter(isNeymanReply)]));
		expect(run("import", "--atom-file", join(dir, "library.xml"), "--vault", vault, "--create").code).toBe(0);
		const rank = (...extra: string[]): { id: string; score: number }[] => JSON.parse(run("rank", "--vault", vault, "--atom-file", join(dir, "listing.xml"), "--json", ...extra).stdout) as { id: string; score: number }[];
		const before = rank();
		expect(before.slice(0, 2).map((p) => p.id).sort()).toEqual(["0808.0638", "0808.0639"]);

		// 30 papers on the Neyman replies' subject passed over in previews: the SVM learns the user does not want them.
		const plugin = join(vault, ".obsidian", "plugins", "arxiv-atlas");
		mkdirSync(plugin, { recursive: true });
		const replies = science.filter(isNeymanReply).map((e) => ({ title: /<title>([\s\S]*?)<\/title>/.exec(e)?.[1] ?? "", abstract: /<summary>([\s\S]*?)<\/summary>/.exec(e)?.[1] ?? "" }));
		const seen = Array.from({ length: 30 }, (_, i) => ({ id: `2501.${String(10000 + i)}`, ...(replies[i % replies.length] ?? { title: "", abstract: "" }) }));
		writeFileSync(join(plugin, "radar-seen.json"), JSON.stringify(seen));
		const after = rank();
		const place = (list: { id: string }[], id: string): number => list.findIndex((p) => p.id === id);
		expect(place(after, "0808.0638") + place(after, "0808.0639")).toBeGreaterThan(place(before, "0808.0638") + place(before, "0808.0639"));

		// A damaged file is said, and the listing is still ranked.
		writeFileSync(join(plugin, "radar-seen.json"), "{ not a list");
		const damaged = run("rank", "--vault", vault, "--atom-file", join(dir, "listing.xml"));
		expect(damaged.code).toBe(0);
		expect(damaged.stderr).toMatch(/radar-seen\.json is not a list of papers: ranked without the papers you passed over/);

		// One library: a folder with no paper note says so; a library written wrongly is a usage error.
		const noPapers = run("rank", "--vault", vault, "--atom-file", join(dir, "listing.xml"), "--library", "folder:elsewhere");
		expect(noPapers.code).toBe(1);
		expect(noPapers.stderr).toMatch(/no paper note of the vault is in the library folder:elsewhere: .*--library/);
		const wrong = run("rank", "--vault", vault, "--atom-file", join(dir, "listing.xml"), "--library", "elsewhere");
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toMatch(/--library: "elsewhere" names no library: write all for every paper/);
		expect(rank("--library", "all").map((p) => p.id)).toEqual(before.map((p) => p.id));
	});

	it("say what is wrong with the command line", () => {
		expect(run("rank", "--vault", "x").stderr).toMatch(/Give one listing to rank: --rss-file <saved listing> or --atom-file <saved API response>\. See arxiv-atlas rank --help\./);
		expect(run("related", "--vault", "x").stderr).toMatch(/Give one arXiv ID of a paper in the vault/);
		expect(run("related", "notanid", "--vault", "x").stderr).toMatch(/Give one arXiv ID of a paper in the vault.*\(notanid: /);
		expect(run("related", "2502.15871,2401.00001", "--vault", "x").stderr).toMatch(/\(got 2\)/);
		const empty = tempDir("arxiv-atlas-rank-empty-");
		const r = run("rank", "--vault", empty, "--rss-file", "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml");
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/the vault has no paper notes to rank by/);
	});
});
