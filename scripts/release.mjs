// npm run release [-- <version>]: sets the version (manifest.json, package.json, package-lock.json, and versions.json with
// the minAppVersion it needs), builds, and writes release/arxiv-atlas-<version>.zip with main.js,
// manifest.json and styles.css, the three files Obsidian installs. Without a version, the current one.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { zip } from "./zip.mjs";

const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const write = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

const manifest = read("manifest.json");
const version = process.argv[2] ?? manifest.version;
if (!/^\d+\.\d+\.\d+$/.test(version)) {
	console.error(`release: "${version}" is not a version like 1.2.3.`);
	process.exit(2);
}
manifest.version = version;
write("manifest.json", manifest);
const pkg = read("package.json");
pkg.version = version;
write("package.json", pkg);
// The lock file names the package's version twice; npm ci does not mind, a reader of the diff would.
const lock = read("package-lock.json");
lock.version = version;
if (lock.packages?.[""]) lock.packages[""].version = version;
write("package-lock.json", lock);
const versions = read("versions.json");
versions[version] = manifest.minAppVersion;
write("versions.json", versions);

execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
mkdirSync("release", { recursive: true });
const out = `release/arxiv-atlas-${version}.zip`;
writeFileSync(out, zip({ "main.js": readFileSync("main.js"), "manifest.json": readFileSync("manifest.json"), "styles.css": readFileSync("styles.css") }));
console.log(`${out}: main.js, manifest.json, styles.css (version ${version}, Obsidian ${manifest.minAppVersion} or later).`);
