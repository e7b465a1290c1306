// Copies the built plugin into a vault: npm run install-plugin -- <vault path>
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const vault = process.argv[2];
if (!vault) {
	console.error("Usage: npm run install-plugin -- <vault path>");
	process.exit(2);
}
if (!existsSync(join(vault, ".obsidian"))) {
	console.error(`${resolve(vault)} has no .obsidian folder: open it once in Obsidian as a vault first.`);
	process.exit(2);
}
if (!existsSync("main.js")) {
	console.error("main.js is missing: run npm run build first.");
	process.exit(2);
}
const target = join(vault, ".obsidian", "plugins", "arxiv-atlas");
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(target, file));
console.log(`Installed into ${resolve(target)}. In Obsidian: Settings → Community plugins → enable arXiv Atlas.`);
