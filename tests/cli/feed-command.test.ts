import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { tempDir as makeTempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	cli = await buildCli();
}, 60_000);

const RSS = "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml";

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempDir = (): string => makeTempDir("arxiv-atlas-feed-");

function walk(dir: string, prefix = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

interface FeedJson {
	announced: string | null;
	created: string[];
	updated: string[];
	failed: { input: string; reason: string }[];
	skipped: { id: string; reason: string }[];
	dates_missing?: string;
	message?: string;
}

describe("arxiv-atlas feed", () => {
	it("imports the recorded listing offline: new and cross-listed papers, the announce date's daily note, no dates", () => {
		const vault = tempDir();
		const r = run("feed", "cs.LG+cs.AI+cs.CL+stat.ML", "--vault", vault, "--rss-file", RSS, "--offline", "--json");
		expect(r.stderr).toBe("");
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout) as FeedJson;
		expect(out.announced).toBe("2026-09-24");
		expect(out.failed).toEqual([]);
		expect(out.dates_missing).toMatch(/offline/);
		const papers = out.created.filter((p) => p.startsWith("papers/") && p.endsWith(".md"));
		// new, new, cross: the replacement (a v3) is not taken by default.
		expect(papers).toHaveLength(3);
		expect(papers.some((p) => p.includes("Random Polytope"))).toBe(false);
		expect(out.created).toContain("daily/2026-09-24.md");
		const daily = readFileSync(join(vault, "daily/2026-09-24.md"), "utf8");
		expect(daily).toContain("The Drift Contract");
		const note = readFileSync(join(vault, papers.find((p) => p.includes("Outlier Detection")) ?? ""), "utf8");
		expect(note).toContain('arxiv_id: "2205.06398"');
		expect(note).toContain("announced: 2026-09-24");
		expect(note).toMatch(/^doi: "?10\.1093\/bioinformatics\/btac431"?$/m);
		expect(note).toContain("Pritam Dey");
		expect(note).not.toContain("Announce Type");
		expect(note).not.toMatch(/^published:/m);
		// The table of papers, written once.
		const base = readFileSync(join(vault, "papers/Papers.base"), "utf8");
		expect(base).toContain("type: table");
		expect(base).toContain('categories.contains("cs.LG")');
		expect(walk(vault).sort()).toEqual([...out.created, "papers/Papers.base"].sort());
	});

	it("takes the announce types asked for, and never overwrites a Papers.base the user changed", () => {
		const vault = tempDir();
		run("feed", "cs.LG", "--vault", vault, "--rss-file", RSS, "--offline", "--json");
		writeFileSync(join(vault, "papers/Papers.base"), "views: []\n");
		const r = run("feed", "cs.LG", "--vault", vault, "--rss-file", RSS, "--offline", "--announce", "replace", "--json");
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout) as FeedJson;
		expect(out.created.filter((p) => p.startsWith("papers/"))).toEqual([expect.stringContaining("Random Polytope Descriptors")]);
		expect(readFileSync(join(vault, "papers/Papers.base"), "utf8")).toBe("views: []\n");
	});

	it("skips a malformed item with its reason and imports the rest", () => {
		const dir = tempDir();
		// Hand-made from the recorded feed: the first item names no paper (no guid, no link, no prefix).
		const xml = readFileSync(RSS, "utf8").replace(
			/<item>[\s\S]*?<\/item>/,
			(item) => item.replace(/<link>[^<]*<\/link>/, "").replace(/<guid[^>]*>[^<]*<\/guid>/, "").replace(/arXiv:2609\.26811v1 Announce Type: new/, ""),
		);
		const file = join(dir, "feed.xml");
		writeFileSync(file, xml);
		const r = run("feed", "cs.LG", "--vault", join(dir, "vault"), "--create", "--rss-file", file, "--offline", "--json");
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout) as FeedJson;
		expect(out.skipped).toHaveLength(1);
		expect(out.skipped[0]?.reason).toMatch(/names no arXiv paper/);
		expect(out.created.filter((p) => p.startsWith("papers/") && p.endsWith(".md"))).toHaveLength(2);
	});

	it("says plainly that there is no listing on a weekend", () => {
		const dir = tempDir();
		// Hand-made: the recorded feed emptied and dated Saturday, as arXiv sends it on weekends.
		const xml = readFileSync(RSS, "utf8")
			.replace(/<item>[\s\S]*<\/item>/, "")
			.replace(/<pubDate>Thu, 24 Sep 2026/g, "<pubDate>Sat, 26 Sep 2026");
		const file = join(dir, "feed.xml");
		writeFileSync(file, xml);
		const r = run("feed", "cs.LG", "--vault", join(dir, "vault"), "--create", "--rss-file", file, "--offline");
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/No new arXiv listing on Saturday: arXiv does not announce on weekends and holidays/);
		expect(existsSync(join(dir, "vault"))).toBe(false);
	});

	it("rejects unknown categories and announce types with exit code 2", () => {
		expect(run("feed", "cs.XX", "--vault", tempDir()).code).toBe(2);
		expect(run("feed", "cs.LG", "--vault", tempDir(), "--announce", "old").code).toBe(2);
		expect(run("feed", "cs.LG", "--vault", tempDir(), "--offline").code).toBe(2);
	});
});
