import * as os from "node:os";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import { settingsFrom, type AtlasSettings } from "../core/settings";
import { CliInputError } from "./input-error";
import { errorCode } from "./error-code";
import { errorMessage } from "../core/words";


/**
 * Checks the `--vault` folder before anything is read, fetched or written: a mistyped path must not
 * become an empty vault. With `create`, a missing folder is allowed; the command makes it (with
 * `makeVaultFolder`) only once it has something to write there.
 */
export async function checkVaultFolder(vault: string, create: boolean): Promise<void> {
	let stat;
	try {
		stat = await fs.stat(vault);
	} catch (error) {
		if (errorCode(error) !== "ENOENT") throw new CliInputError(`cannot open the vault folder ${vault} (${errorMessage(error)}).`);
		if (!create) throw new CliInputError(`the vault folder ${vault} does not exist; pass --create to make it (or check the path).`);
		return;
	}
	if (!stat.isDirectory()) throw new CliInputError(`--vault ${vault} is a file, not a folder: give the vault's folder.`);
}

/** Makes the vault folder (and its parents) when it is missing; checked beforehand by `checkVaultFolder`. */
export async function makeVaultFolder(vault: string): Promise<void> {
	await fs.mkdir(vault, { recursive: true });
}

/** The plugin's folder in a vault (it is there when the plugin is installed). */
export function pluginFolder(vault: string): string {
	return nodePath.join(vault, ".obsidian", "plugins", "arxiv-atlas");
}

/**
 * A file the CLI keeps for a vault between runs: in the plugin's folder when the plugin is installed
 * in the vault (no folder is made inside .obsidian), otherwise in the user's cache folder, named
 * after the vault's path, so a folder that is not an Obsidian vault yet gets no file of ours.
 */
export async function vaultFilePath(root: string, file: string): Promise<string> {
	const plugin = pluginFolder(root);
	if (await fs.stat(plugin).then((s) => s.isDirectory(), () => false)) return nodePath.join(plugin, file);
	const cache = process.env["XDG_CACHE_HOME"] || nodePath.join(os.homedir(), ".cache");
	const name = createHash("sha1").update(nodePath.resolve(root)).digest("hex").slice(0, 16);
	const [stem = file, ext = ""] = file.split(/(?=\.[^.]+$)/);
	return nodePath.join(cache, "arxiv-atlas", `${stem}-${name}${ext}`);
}

/** Where the plugin keeps its settings in a vault. */
export function settingsFile(vault: string): string {
	return nodePath.join(pluginFolder(vault), "data.json");
}

function kindOf(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	return `a ${typeof value}`;
}

/**
 * The plugin's saved settings in that vault; the defaults when the plugin has saved none there.
 * A settings file that cannot be read or is not a JSON object is a CliInputError naming the file
 * and the problem: importing with other settings than the user's would put notes elsewhere.
 */
export async function vaultSettings(vault: string): Promise<AtlasSettings> {
	const file = settingsFile(vault);
	let text: string;
	try {
		text = await fs.readFile(file, "utf8");
	} catch (error) {
		if (errorCode(error) === "ENOENT") return settingsFrom({});
		throw new CliInputError(`cannot read the plugin's settings ${file} (${errorMessage(error)}).`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new CliInputError(`the plugin's settings ${file} are not valid JSON (${errorMessage(error)}): fix the file, or move it away to import with the default settings.`);
	}
	if (typeof data !== "object" || data === null || Array.isArray(data))
		throw new CliInputError(`the plugin's settings ${file} hold ${kindOf(data)}, not a JSON object of settings: fix the file, or move it away to import with the default settings.`);
	return settingsFrom(data);
}
