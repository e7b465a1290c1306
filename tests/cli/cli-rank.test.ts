import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";

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
		const dir = mkdtempSync(join(tmpdir(), "arxiv-atlas-rank-"));
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

	it("say what is wrong with the command line", () => {
		expect(run("rank", "--vault", "x").stderr).toMatch(/Give one listing to rank: --rss-file <saved listing> or --atom-file <saved API response>\. See arxiv-atlas rank --help\./);
		expect(run("related", "--vault", "x").stderr).toMatch(/Give one arXiv ID of a paper in the vault/);
		expect(run("related", "notanid", "--vault", "x").stderr).toMatch(/Give one arXiv ID of a paper in the vault.*\(notanid: /);
		expect(run("related", "2502.15871,2401.00001", "--vault", "x").stderr).toMatch(/\(got 2\)/);
		const empty = mkdtempSync(join(tmpdir(), "arxiv-atlas-rank-empty-"));
		const r = run("rank", "--vault", empty, "--rss-file", "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml");
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/the vault has no paper notes to rank by/);
	});
});
