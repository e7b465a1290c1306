import { readFileSync } from "node:fs";
import { vi } from "vitest";
import { click, findButton, notices, topModal, type Host } from "../host";
import { ATOM_1601, importSummaries } from "./helpers";

export const RSS = readFileSync("tests/fixtures/arxiv-rss/rss-cs.LG+cs.AI+cs.CL+stat.ML-2026-09-24-4-items.xml", "utf8");

const ENTRY = /<entry>[\s\S]*<\/entry>/.exec(ATOM_1601)?.[0] ?? "";
const HEAD = ATOM_1601.slice(0, ATOM_1601.indexOf("<entry>"));

/** Hand-made from the recorded answer for 1601.00001: the same entry once per ID, with its own ID and title. */
export function atomFor(ids: readonly string[]): string {
	const entries = ids.map((id) =>
		ENTRY.split("1601.00001")
			.join(id)
			.replace(/<title>[\s\S]*?<\/title>/, `<title>Probe technique at high bias, study ${id}</title>`),
	);
	return `${HEAD}${entries.join("\n")}\n</feed>\n`;
}

/** The IDs an API request asks for. */
export function idsOf(url: string): string[] {
	const list = new URL(url).searchParams.get("id_list") ?? "";
	return list.split(",").filter((id) => id !== "");
}

/** `count` new-style IDs: 2601.00001, 2601.00002, … */
export function manyIds(count: number): string[] {
	return Array.from({ length: count }, (_, i) => `2601.${String(i + 1).padStart(5, "0")}`);
}

/** Presses a button of the top modal. */
export function press(label: string): void {
	click(findButton(topModal().contentEl, label));
}

const summaries = (): string[] => importSummaries();

/** How many summary notices have shown so far (pass it to untilNextSummary). */
export const summaryCount = (): number => summaries().length;

/** Lets the run go on (fake timers skip the waits between arXiv requests) until a summary notice after the `before`th shows. */
export async function untilNextSummary(host: Host, before: number): Promise<string> {
	for (let i = 0; i < 300; i++) {
		await host.settle();
		const all = summaries();
		if (all.length > before) return all[all.length - 1] ?? "";
		await vi.advanceTimersByTimeAsync(5000);
	}
	throw new Error(`no new summary notice; notices were: ${notices().map((n) => n.message).join(" | ")}`);
}
