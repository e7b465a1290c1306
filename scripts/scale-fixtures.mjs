// Generated inputs for `npm run bench:scale`: vaults of N paper notes that look like the plugin's
// (properties, keyword links, a managed body), an arXiv API answer with M distinct papers, and a
// listing of K items, all built from the recorded responses in tests/fixtures.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ATOM = "tests/fixtures/arxiv-api/search-all-science-10-entries.xml";
const RSS = "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml";
const CATEGORIES = ["broad", "specific", "unique", "evolved"];
const WORDS = ["graph", "neural", "quantum", "bayesian", "sparse", "causal", "robust", "federated", "spectral", "stochastic", "convex", "latent", "adaptive", "kernel", "temporal", "molecular"];
const HEADS = ["networks", "inference", "learning", "models", "estimation", "optimization", "transport", "dynamics", "sampling", "retrieval"];

const pick = (i, list) => list[i % list.length];
/** A keyword name for index k: distinct for every k. */
const keywordName = (k) => `${pick(k, WORDS)} ${pick(Math.floor(k / WORDS.length), WORDS)} ${pick(Math.floor(k / (WORDS.length * WORDS.length)), HEADS)} ${Math.floor(k / 2560) || ""}`.trim().replace(/\b\w/g, (c) => c.toUpperCase());

/** The files of a vault with `papers` paper notes, papers/3 keyword notes, a category note: path -> text. */
export function vaultFiles(papers) {
	const files = {};
	const keywords = Math.max(1, Math.floor(papers / 3));
	const lists = new Map();
	for (let i = 0; i < papers; i++) {
		const id = `2001.${String(10000 + i).padStart(5, "0")}`;
		const ks = [0, 1, 2, 3, 4].map((j) => (i * 7 + j * 131) % keywords);
		const link = (k) => `[[keywords/${pick(k, CATEGORIES)}/${keywordName(k)}|${keywordName(k)}]]`;
		const title = `A study of ${keywordName(ks[0])} number ${i}`;
		files[`papers/${title}.md`] = `---\ntitle: "${title}"\naliases:\n  - "${id}"\nauthors:\n  - "Ada Lovelace"\narxiv_id: "${id}"\nversion: 1\npublished: 2024-01-02\nupdated: 2024-01-02\nprimary_category: "cs.LG"\ncategories:\n  - "cs.LG"\nurl: "https://arxiv.org/abs/${id}"\npdf: "https://arxiv.org/pdf/${id}"\nkeywords:\n${ks.map((k) => `  - "${link(k)}"`).join("\n")}\ntags:\n  - "arxiv"\nimported: 2026-01-05T10:00:00\n---\n\n%% arxiv-atlas: begin managed section %%\n# ${title}\n\n**Links**: [[daily/2026-01-05|2026-01-05]] ${ks.map(link).join(" ")} [[categories/cs.LG|cs.LG]]\n\n## Abstract\n\n${"We study a problem and report results on benchmarks. ".repeat(12)}\n%% arxiv-atlas: end managed section %%\n`;
		for (const k of ks) {
			const path = `keywords/${pick(k, CATEGORIES)}/${keywordName(k)}.md`;
			if (!lists.has(path)) lists.set(path, [`---\ncategory: "${pick(k, CATEGORIES)}"\naliases: []\ntags:\n  - "keyword"\n---\n\n# ${keywordName(k)}\n\n## Papers\n`]);
			lists.get(path).push(`- [[papers/${title}|${title}]] · arXiv:${id}`);
		}
	}
	for (const [path, lines] of lists) files[path] = `${lines.join("\n")}\n`;
	if (papers > 0) files["categories/cs.LG.md"] = `---\narxiv_category: "cs.LG"\n---\n\n# cs.LG\n\n## Papers\n`;
	return files;
}

/** Writes vaultFiles(papers) under `dir`. */
export function writeVault(dir, papers) {
	mkdirSync(join(dir, "papers"), { recursive: true });
	for (const [path, text] of Object.entries(vaultFiles(papers))) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/** An arXiv API answer with `count` distinct papers (the recorded entries, each copy its own ID and title). */
export function atomWith(count) {
	const xml = readFileSync(ATOM, "utf8");
	const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
	const out = [];
	for (let i = 0; i < count; i++) {
		const entry = entries[i % entries.length];
		const oldId = /<id>http:\/\/arxiv\.org\/abs\/([^<]+?)v\d+<\/id>/.exec(entry)[1];
		const newId = `2611.${String(20001 + i).padStart(5, "0")}`;
		out.push(entry.split(oldId).join(newId).replace(/<title>([\s\S]*?)<\/title>/, (_m, t) => `<title>${t} (copy ${i + 1})</title>`));
	}
	return `${xml.slice(0, xml.indexOf("<entry>"))}${out.join("\n  ")}\n</feed>\n`;
}

/** A daily listing with `count` items (the recorded feed's items, each copy its own ID and title). */
export function listingWith(count) {
	const xml = readFileSync(RSS, "utf8");
	const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
	const out = [];
	for (let i = 0; i < count; i++) {
		const item = items[i % items.length];
		const oldId = /oai:arXiv\.org:([^<]+?)v\d+</.exec(item)[1];
		const newId = `2609.${String(10001 + i).padStart(5, "0")}`;
		out.push(item.split(oldId).join(newId).replace(/<title>([\s\S]*?)<\/title>/, (_m, t) => `<title>${t} (copy ${i + 1})</title>`));
	}
	return `${xml.slice(0, xml.indexOf("<item>"))}${out.join("\n    ")}${xml.slice(xml.lastIndexOf("</item>") + "</item>".length)}`;
}
