// npm run demo: build, then show offline what the plugin makes, in ./demo-vault: every recorded arXiv
// paper imported with the offline keyword extractor, a recorded daily listing imported as the listing
// command does (with Papers.base), author notes on, and the plugin installed so the folder opens in
// Obsidian. Ends by saying what to open.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const vault = process.argv[2] ?? "demo-vault";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
const cli = (args) => run(process.execPath, ["dist/cli.cjs", ...args, "--vault", vault, "--create"]);

run("npm", ["run", "--silent", "build"]);

// The plugin first: the CLI reads the settings saved in the vault (author notes on, the listing's categories).
const plugin = join(vault, ".obsidian", "plugins", "arxiv-atlas");
mkdirSync(plugin, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(f, join(plugin, f));
writeFileSync(join(vault, ".obsidian", "community-plugins.json"), JSON.stringify(["arxiv-atlas"]) + "\n");
const settingsFile = join(plugin, "data.json");
if (!existsSync(settingsFile)) {
	writeFileSync(settingsFile, JSON.stringify({ layout: { authorNotes: true }, feed: { categories: ["cs.LG", "cs.AI", "cs.CL", "stat.ML"] } }, null, 2) + "\n");
}

const recorded = readdirSync("tests/fixtures/arxiv-api").filter((f) => f.endsWith(".xml") && !f.startsWith("error-"));
for (const file of recorded) {
	console.log(`\n# papers of ${file}`);
	cli(["import", "--atom-file", join("tests/fixtures/arxiv-api", file)]);
}
const listing = "tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml";
console.log(`\n# the daily listing of ${listing}`);
cli(["feed", "cs.LG+cs.AI+cs.CL+stat.ML", "--rss-file", listing, "--offline"]);

const count = (folder) => {
	const dir = join(vault, folder);
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".md")).length;
};
const papers = readdirSync(join(vault, "papers")).filter((f) => f.endsWith(".md")).sort();
const firstPaper = papers.find((f) => readFileSync(join(vault, "papers", f), "utf8").includes("## ")) ?? papers[0] ?? "";
console.log(`
Done. ${vault} holds ${papers.length} paper notes, ${count("keywords")} keyword notes, ${count("categories")} category notes,
${count("authors")} author notes and ${count("daily")} daily notes, all made offline from recorded arXiv answers.

Open ${vault} as a vault in Obsidian (Open folder as vault; the plugin is installed there: turn off
Restricted mode and enable arXiv Atlas when asked). Then look at:
  - papers/${firstPaper.replace(/\.md$/, "")}: a paper note (Properties, links, keywords, abstract)
  - papers/Papers.base: every paper as a table (Obsidian 1.9+)
  - the daily notes in daily/, the keyword notes in keywords/, the category notes in categories/
  - the command "arXiv Atlas: Open keyword view": the map of keywords in the sidebar`);
