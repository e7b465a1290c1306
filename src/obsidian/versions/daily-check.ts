import { normalizePath, type DataAdapter } from "obsidian";

/** The local day, YYYY-MM-DD. */
function dayOf(date: Date): string {
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Whether the daily check for new versions is due (not yet run today); when it is, today is
 * written down (`versions-checked.txt` in the plugin's folder), so it runs once a day at most.
 */
export async function dailyCheckDue(adapter: Pick<DataAdapter, "exists" | "read" | "write">, folder: string, now: Date): Promise<boolean> {
	const path = normalizePath(`${folder}/versions-checked.txt`);
	const today = dayOf(now);
	const last = (await adapter.exists(path)) ? (await adapter.read(path)).trim() : "";
	if (last === today) return false;
	await adapter.write(path, `${today}\n`);
	return true;
}
