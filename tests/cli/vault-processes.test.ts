/**
 * Several CLI processes on one vault at once (a cron `feed` and a manual `import`): real `node` processes
 * running the built CLI against saved arXiv answers, so only the folder vault's cross-process lock
 * (src/cli/vault-lock.ts) keeps them from writing over each other.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../support/build";
import { runCli, type CliRun } from "../support/run-cli";
import { atomFeed, fakePaper, marker, PHRASES, type FakePaper } from "./fake-papers";
import { tempDir as makeTempDir } from "../support/temp-dir";

let cli = "";
beforeAll(async () => {
	// ARXIV_ATLAS_CLI runs these tests against another build (one without the lock fails them).
	cli = process.env["ARXIV_ATLAS_CLI"] ?? (await buildCli());
}, 60_000);

function walk(dir: string, prefix = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.name.startsWith(".") ? [] : e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
	);
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

function frontmatterOf(text: string): Record<string, unknown> {
	const data: unknown = parseDocument(FRONTMATTER.exec(text)?.[1] ?? "").toJS();
	return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
}

/** How many list lines of the note carry the paper's key. */
function linesFor(text: string, id: string): number {
	const key = `arXiv:${id}`;
	return text.split("\n").filter((l) => /^\s*- /.test(l) && l.includes(key) && !/[\w.]/.test(l.charAt(l.indexOf(key) + key.length))).length;
}

/** Every way the vault can have lost or mixed the papers. Empty when the vault is whole. */
function problems(vault: string, papers: FakePaper[]): string[] {
	const found: string[] = [];
	const files = walk(vault);
	const read = (path: string): string => readFileSync(join(vault, path), "utf8");
	const notesById = new Map<string, string[]>();
	for (const path of files.filter((p) => p.startsWith("papers/"))) {
		const text = read(path);
		const id = String(frontmatterOf(text)["arxiv_id"]);
		notesById.set(id, [...(notesById.get(id) ?? []), path]);
		const own = papers.find((p) => p.id === id);
		if (!own) {
			found.push(`${path}: unknown arxiv_id ${id}`);
			continue;
		}
		// Its body is its own paper's, and no other paper's.
		if (!text.includes(marker(id))) found.push(`${path}: arxiv_id ${id} but not its abstract`);
		for (const other of papers) if (other.id !== id && text.includes(marker(other.id))) found.push(`${path}: arxiv_id ${id} with the abstract of ${other.id}`);
	}
	// The daily notes together (a run that crosses midnight writes two).
	const daily = files
		.filter((p) => p.startsWith("daily/"))
		.map(read)
		.join("\n");
	for (const paper of papers) {
		const notes = notesById.get(paper.id) ?? [];
		if (notes.length !== 1) found.push(`${paper.id}: ${notes.length} paper notes (${notes.join(", ")})`);
		const lines = linesFor(daily, paper.id);
		if (lines !== 1) found.push(`${paper.id}: ${lines} lines in the daily notes`);
		for (const cat of paper.categories) {
			const path = `categories/${cat}.md`;
			const n = files.includes(path) ? linesFor(read(path), paper.id) : 0;
			if (n !== 1) found.push(`${paper.id}: ${n} lines in ${path}`);
		}
		// Every keyword its note links lists it once.
		const note = notes[0];
		if (note === undefined) continue;
		const keywords = frontmatterOf(read(note))["keywords"];
		for (const link of Array.isArray(keywords) ? keywords : []) {
			const target = /^\[\[([^|\]]+)/.exec(String(link))?.[1];
			const path = `${target}.md`;
			const n = files.includes(path) ? linesFor(read(path), paper.id) : 0;
			if (n !== 1) found.push(`${paper.id}: ${n} lines in ${path}`);
		}
	}
	return found;
}

/**
 * Starts every import at once; resolves with their outcomes. No `--date`: a paper imported again goes
 * to the daily note of its first import's real day, so with `--date` a re-import moves its line, which
 * is no concurrency matter (the last test below).
 */
async function race(vault: string, jobs: { atom: string; ids: string[] }[]): Promise<CliRun[]> {
	return Promise.all(jobs.map((job) => runCli(cli, ["import", ...job.ids, "--vault", vault, "--atom-file", job.atom, "--json"])));
}

const tempDir = (): string => makeTempDir("arxiv-atlas-procs-");

describe("several CLI processes importing into one vault at once", () => {
	it("four overlapping imports of 64 papers, three rounds: no daily, category or keyword line lost, every process exits 0", async () => {
		const PROCESSES = 4;
		const PAPERS = 64;
		const PER_PROCESS = 32;
		const ROUNDS = 3;
		const work = tempDir();
		const vault = join(work, "vault");
		mkdirSync(vault);
		const seen: FakePaper[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			// New papers each round (a new day's listing), into the same vault.
			const papers = Array.from({ length: PAPERS }, (_, i) =>
				fakePaper(`250${round + 1}.${String(i + 1).padStart(5, "0")}`, round * PAPERS + i, `Round ${round + 1} study ${i + 1} of ${PHRASES[i % PHRASES.length]}`),
			);
			const atom = join(work, `round-${round}.xml`);
			writeFileSync(atom, atomFeed(papers));
			// Process k imports papers 16k .. 16k+31 (wrapping): every paper by two processes at once.
			const jobs = Array.from({ length: PROCESSES }, (_, k) => ({
				atom,
				ids: Array.from({ length: PER_PROCESS }, (_, j) => papers[(k * (PAPERS / PROCESSES) + j) % PAPERS]?.id ?? ""),
			}));
			seen.push(...papers);
			const outcomes = await race(vault, jobs);
			for (const o of outcomes) expect({ code: o.code, stderr: o.stderr }).toEqual({ code: 0, stderr: expect.any(String) as string });
			for (const o of outcomes) expect((JSON.parse(o.stdout) as { failed: unknown[] }).failed).toEqual([]);
			// This round's papers and every earlier one: all there, once, each note its own paper's.
			expect(problems(vault, seen)).toEqual([]);
		}
		// Nothing was left behind: no lock, no temporary file.
		expect(readdirSync(vault).filter((n) => n.startsWith("."))).toEqual([]);
	}, 60_000);
});

describe("three CLI processes importing different papers with the same titles at once", () => {
	const PROCESSES = 3;
	const PER_PROCESS = 30;
	let vault = "";
	const papers: FakePaper[] = [];
	let outcomes: CliRun[] = [];
	beforeAll(async () => {
		const work = tempDir();
		vault = join(work, "vault");
		mkdirSync(vault);
		// Paper i of every process has the title "Shared title i …": the same note name, three papers.
		const jobs = Array.from({ length: PROCESSES }, (_, k) => {
			const own = Array.from({ length: PER_PROCESS }, (_, i) =>
				fakePaper(`2502.${k}${String(i + 1).padStart(4, "0")}`, i, `Shared title ${i + 1} on ${PHRASES[i % PHRASES.length]}`),
			);
			papers.push(...own);
			const atom = join(work, `process-${k}.xml`);
			writeFileSync(atom, atomFeed(own));
			return { atom, ids: [] };
		});
		outcomes = await race(vault, jobs);
	}, 60_000);

	it("every process exits 0, and every paper is listed once in the daily note and in each of its category notes", () => {
		for (const o of outcomes) expect({ code: o.code, failed: (JSON.parse(o.stdout) as { failed: unknown[] }).failed }).toEqual({ code: 0, failed: [] });
		expect(problems(vault, papers).filter((p) => /lines in (the daily notes|categories\/)/.test(p))).toEqual([]);
	});

	// The core, not the lock: each importer chose "papers/Shared title i….md" from the vault it read
	// before writing; a note another process made there meanwhile is another paper's, so the paper is
	// planned again under "Shared title i… (<id>).md" (PathTakenError in src/core/notes/apply.ts).
	it("gives each paper a note of its own, never one mixing two papers", () => {
		expect(walk(vault).filter((p) => p.startsWith("papers/"))).toHaveLength(PROCESSES * PER_PROCESS);
		expect(problems(vault, papers)).toEqual([]);
	});
});

describe("the same paper imported twice with --date, one process after the other", () => {
	// No concurrency at all, but it looked like a lost daily line in the runs above: a re-import keeps
	// the paper in the daily note its note links now, not the one of its `imported` day.
	it("keeps the paper's line in that day's daily note", async () => {
		const work = tempDir();
		const vault = join(work, "vault");
		mkdirSync(vault);
		const atom = join(work, "one.xml");
		writeFileSync(atom, atomFeed([fakePaper("2504.00001", 1, "A paper imported twice")]));
		for (let i = 0; i < 2; i++) {
			const r = await runCli(cli, ["import", "2504.00001", "--vault", vault, "--atom-file", atom, "--date", "2025-01-01", "--json"]);
			expect(r.code).toBe(0);
		}
		expect(readFileSync(join(vault, "daily", "2025-01-01.md"), "utf8")).toContain("arXiv:2504.00001");
		expect(readdirSync(join(vault, "daily"))).toEqual(["2025-01-01.md"]);
	});
});
