import { describe, expect, it } from "vitest";
import { Importer } from "../../../src/core/importer";
import { MemoryVault } from "../../support/memory-vault";
import { deps, FakeArxiv, fixedClock, paper, settings } from "../../support/fakes";

const layout = { templatePath: "", authorNotes: true, authorsFolder: "authors" };

/** The notes as other tools save them: LF as written, CRLF (Windows editors), CRLF after a byte order mark (Notepad). */
const FORMS: [string, (text: string) => string][] = [
	["LF", (t) => t],
	["CRLF", (t) => t.replace(/\n/g, "\r\n")],
	["a byte order mark and CRLF", (t) => `\uFEFF${t.replace(/\n/g, "\r\n")}`],
];

describe("a paper is all or nothing", () => {
	it.each(FORMS)("when any one of its notes cannot be written, the vault is as before and the summary names the paper (notes in %s)", async (_form, save) => {
		// The vault after a first paper; then a second paper that shares its keywords, categories,
		// authors and daily note fails at its k-th write, for every k.
		const first = paper({ id: "2401.00001", title: "A first paper on graph neural networks" });
		const second = paper({ id: "2401.00002", title: "A second paper", authors: ["Ada Lovelace", "Grace Hopper"] });
		const written = new MemoryVault();
		await new Importer(deps(written, new FakeArxiv([first]), fixedClock())).importPapers([first], settings({ layout }));
		const base = new MemoryVault(Object.fromEntries([...written.files].map(([path, text]) => [path, save(text)])));
		// Count the writes of a clean import of the second paper.
		const probe = new MemoryVault(Object.fromEntries(base.files));
		const before = probe.writes;
		await new Importer(deps(probe, new FakeArxiv([second]), fixedClock())).importPapers([second], settings({ layout }));
		const writes = probe.writes - before;
		expect(writes).toBeGreaterThan(5);

		// Every write in turn fails (exhaustive, not sampled).
		for (let k = 1; k <= writes; k++) {
			{
				const vault = new MemoryVault(Object.fromEntries(base.files));
				let n = 0;
				vault.failOn = () => ++n === k;
				const summary = await new Importer(deps(vault, new FakeArxiv([second]), fixedClock())).importPapers([second], settings({ layout }));
				vault.failOn = undefined;
				expect(summary.failed).toEqual([{ input: "2401.00002", reason: expect.stringMatching(/could not write its notes: disk full while writing .*; none of its notes were kept/) as string }]);
				expect(summary.created).toEqual([]);
				expect(summary.papers).toEqual([]);
				// Every note is as it was; the ones the paper created are in the trash.
				expect(Object.fromEntries(vault.files), `failing write ${k} of ${writes}`).toEqual(Object.fromEntries(base.files));
			}
		}
	});
});
