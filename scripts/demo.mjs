// npm run demo: build, then import every recorded arXiv paper into ./demo-vault with the offline
// keyword extractor (no network), and install the plugin there so the folder opens in Obsidian.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const vault = process.argv[2] ?? "demo-vault";
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

run("npm", ["run", "--silent", "build"]);

const recorded = readdirSync("tests/fixtures/arxiv-api").filter((f) => f.endsWith(".xml") && !f.startsWith("error-"));
for (const file of recorded) {
	console.log(`\n# ${file}`);
	run(process.execPath, ["dist/cli.cjs", "import", "--atom-file", join("tests/fixtures/arxiv-api", file), "--vault", vault, "--create"]);
}

const plugin = join(vault, ".obsidian", "plugins", "arxiv-atlas");
mkdirSync(plugin, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(f, join(plugin, f));
writeFileSync(join(vault, ".obsidian", "community-plugins.json"), JSON.stringify(["arxiv-atlas"]) + "\n");
console.log(`\nDone: open ${vault} as a vault in Obsidian (the plugin is installed there; trust it to enable it).`);
