/**
 * Tests of the test host itself: each pins one Obsidian behaviour that plugin tests rely on, and
 * says where the behaviour comes from:
 *   "documented"  = obsidian.d.ts 1.13.1 (or docs.obsidian.md) states it;
 *   "reported"    = seen in real Obsidian and written up in a public issue (link given);
 *   "app source"  = how Obsidian's app code does it; not stated in obsidian.d.ts and not
 *                   re-measured against a running Obsidian here (there is none on this machine).
 * Where obsidian-test-mocks 3.11.0 behaves differently, the test says so; the fix is in tests/host.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
	AbstractInputSuggest,
	getLanguage,
	Modal,
	moment,
	normalizePath,
	Notice,
	Platform,
	Plugin,
	PluginSettingTab,
	request,
	requestUrl,
	requireApiVersion,
	Setting,
	SliderComponent,
	TFile,
	TFolder,
	type App,
	type Editor,
	type MarkdownView,
	type PluginManifest,
	type RequestUrlResponse,
	type SettingDefinitionItem,
} from "obsidian";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
	changeValue,
	click,
	createHost,
	DEFAULT_NOTICE_DURATION_MS,
	findButton,
	findSetting,
	isRequestUrlError,
	loadPluginBundle,
	modalsOpened,
	notices,
	openModals,
	pressKey,
	requests,
	setPlatform,
	setRequestHandler,
	textOf,
	topModal,
	typeInto,
	visibleNotices,
} from "./index";
import { tempDir } from "../support/temp-dir";

afterEach(() => {
	vi.useRealTimers();
});

function file(app: App, path: string): TFile {
	const f = app.vault.getFileByPath(path);
	if (!f) throw new Error(`no ${path}`);
	return f;
}

// ------------------------------------------------------------------------------------ vault.create

describe("vault.create", () => {
	test("rejects an existing path with Error('File already exists.')", async () => {
		// Reported (callumalpass/tasknotes#2107, dotpm/obsidian-pm#311): "File already exists."
		const host = createHost({ files: { "Papers/A.md": "old" } });
		await expect(host.app.vault.create("Papers/A.md", "new")).rejects.toThrow(new Error("File already exists."));
		expect(host.readFile("Papers/A.md")).toBe("old");
	});

	test("rejects a path that differs only in case, as on macOS and Windows", async () => {
		// Reported (callumalpass/tasknotes#2107): create() checks adapter.exists(), which is
		// case-insensitive on APFS/NTFS, so "papers/a.md" is refused when "Papers/A.md" exists,
		// although getAbstractFileByPath("papers/a.md") is null. The mocks accepted it.
		const host = createHost({ files: { "Papers/A.md": "old" } });
		expect(host.app.vault.getAbstractFileByPath("papers/a.md")).toBeNull();
		await expect(host.app.vault.create("papers/a.md", "new")).rejects.toThrow("File already exists.");
		expect(host.listFiles()).toEqual(["Papers/A.md"]);
	});

	test("on a case-sensitive disk (Linux, caseSensitive: true) the other case is another file", async () => {
		const host = createHost({ files: { "Papers/A.md": "old" }, caseSensitive: true });
		await host.app.vault.create("Papers/a.md", "new");
		expect(host.listFiles()).toEqual(["Papers/A.md", "Papers/a.md"]);
	});

	test("into a missing folder rejects with ENOENT and writes nothing; createFolder first works", async () => {
		// Reported (soberhacker/obsidian-telegram-sync#78, anpigon/obsidian-book-search-plugin#64,
		// #102): "Error: ENOENT: no such file or directory, open '<vault>/<folder>/<note>.md'".
		// The mocks created the missing folders silently.
		const host = createHost();
		const vault = host.app.vault;
		await expect(vault.create("Papers/New.md", "x")).rejects.toThrow(/^ENOENT: no such file or directory, open '.*Papers\/New\.md'$/);
		expect(host.listFiles()).toEqual([]);
		expect(await vault.adapter.exists("Papers")).toBe(false);

		const folder = await vault.createFolder("Papers");
		const created = await vault.create("Papers/New.md", "x");
		expect(created).toBeInstanceOf(TFile);
		expect(created.parent).toBe(folder);
		expect(created.basename).toBe("New");
		expect(created.extension).toBe("md");
		expect(host.readFile("Papers/New.md")).toBe("x");
	});

	test("createFolder rejects an existing folder and makes missing parents", async () => {
		// App source: createFolder on an existing path fails with "Folder already exists.";
		// the desktop adapter's mkdir is recursive. The mocks accepted an existing folder.
		const host = createHost({ files: { "Papers/A.md": "" } });
		await expect(host.app.vault.createFolder("Papers")).rejects.toThrow("Folder already exists.");
		await expect(host.app.vault.createFolder("papers")).rejects.toThrow("Folder already exists.");
		const deep = await host.app.vault.createFolder("Keywords/Methods/Deep");
		expect(deep).toBeInstanceOf(TFolder);
		expect(host.listFolders()).toEqual(["Keywords", "Keywords/Methods", "Keywords/Methods/Deep", "Papers"]);
	});
});

// ------------------------------------------------------------------------ exists / lookups / paths

describe("lookups", () => {
	test("adapter.exists is case-insensitive unless sensitive=true; getAbstractFileByPath is case-sensitive", async () => {
		// Documented (DataAdapter.exists): "sensitive - Some file systems/operating systems are
		// case-insensitive, set to true to force a case-sensitivity check." The host emulates the
		// case-insensitive disks of macOS/Windows by default.
		const host = createHost({ files: { "Papers/Attention.md": "" } });
		const { vault } = host.app;
		expect(await vault.adapter.exists("papers/attention.md")).toBe(true);
		expect(await vault.adapter.exists("PAPERS")).toBe(true);
		expect(await vault.adapter.exists("papers/attention.md", true)).toBe(false);
		expect(await vault.adapter.exists("Papers/Attention.md", true)).toBe(true);
		expect(vault.getAbstractFileByPath("papers/attention.md")).toBeNull();
		expect(vault.getAbstractFileByPath("Papers/Attention.md")).toBeInstanceOf(TFile);
		expect(vault.getFileByPath("Papers")).toBeNull();
		expect(vault.getFolderByPath("Papers")).toBeInstanceOf(TFolder);
		expect(vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Papers/Attention.md"]);
	});

	test("normalizePath: slashes, spaces, Unicode NFC, root", () => {
		// Documented use: "use normalizePath to normalize beforehand"; the steps are those of
		// Obsidian's implementation (app source). The mocks only did the slash steps.
		expect(normalizePath("Papers\\2024\\a.md")).toBe("Papers/2024/a.md");
		expect(normalizePath("Papers//2024///a.md")).toBe("Papers/2024/a.md");
		expect(normalizePath("/Papers/a.md/")).toBe("Papers/a.md");
		expect(normalizePath("//Papers//")).toBe("Papers");
		expect(normalizePath("Papers/a\u00A0b.md")).toBe("Papers/a b.md");
		expect(normalizePath("Papers/a\u202Fb.md")).toBe("Papers/a b.md");
		expect(normalizePath("Caf\u0065\u0301.md")).toBe("Caf\u00E9.md");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("/")).toBe("/");
		expect(normalizePath("///")).toBe("/");
		expect(normalizePath("a b/c.md")).toBe("a b/c.md");
	});
});

// ------------------------------------------------------------------ process / modify / the cache

describe("writes", () => {
	test("process gives fn the current text, writes its result and returns it", async () => {
		// Documented (Vault.process): "Atomically read, modify, and save the contents of a note."
		const host = createHost({ files: { "a.md": "one" } });
		const f = file(host.app, "a.md");
		const seen: string[] = [];
		const result = await host.app.vault.process(f, (text) => {
			seen.push(text);
			return `${text} two`;
		});
		expect(seen).toEqual(["one"]);
		expect(result).toBe("one two");
		expect(await host.app.vault.read(f)).toBe("one two");
		expect(await host.app.vault.cachedRead(f)).toBe("one two");
	});

	test("50 concurrent process calls on one file all land", async () => {
		// Documented atomicity: no write between fn's read and its write. The mocks awaited in
		// between, so concurrent calls overwrote each other (only the last append survived).
		const host = createHost({ files: { "log.md": "" } });
		const f = file(host.app, "log.md");
		await Promise.all(Array.from({ length: 50 }, (_, i) => host.app.vault.process(f, (t) => `${t}line ${i}\n`)));
		const lines = host.readFile("log.md").trimEnd().split("\n");
		expect(lines).toHaveLength(50);
		expect(new Set(lines).size).toBe(50);
	});

	test("adapter.process is atomic too", async () => {
		// Documented (DataAdapter.process): "Atomically read, modify, and save the contents of a plaintext file."
		const host = createHost({ files: { "log.md": "" } });
		await Promise.all(Array.from({ length: 20 }, (_, i) => host.app.vault.adapter.process("log.md", (t) => `${t}${i};`)));
		expect(host.readFile("log.md").split(";").filter(Boolean)).toHaveLength(20);
	});

	test("a throwing fn leaves the file as it was", async () => {
		const host = createHost({ files: { "a.md": "keep" } });
		await expect(
			host.app.vault.process(file(host.app, "a.md"), () => {
				throw new Error("boom");
			}),
		).rejects.toThrow("boom");
		expect(host.readFile("a.md")).toBe("keep");
	});

	test("modify replaces the text; read and TFile.stat follow", async () => {
		// Documented (Vault.modify, TFile.stat). The mocks left stat at size 0.
		const host = createHost({ files: { "a.md": "one" } });
		const f = file(host.app, "a.md");
		await host.app.vault.modify(f, "twelve chars");
		expect(await host.app.vault.read(f)).toBe("twelve chars");
		expect(f.stat.size).toBe(12);
		expect(f.stat.mtime).toBeGreaterThan(0);
	});

	test("sync mode (opt-in): getFileCache(file).frontmatter reflects a write once it resolves", async () => {
		// Not Obsidian's behaviour: for a test that checks something else and says why it needs it.
		const host = createHost({ files: { "a.md": "---\nstatus: old\n---\nBody" }, metadataCache: "sync" });
		const f = file(host.app, "a.md");
		expect(host.app.metadataCache.getFileCache(f)?.frontmatter).toEqual({ status: "old" });
		await host.app.vault.modify(f, "---\nstatus: new\n---\nBody");
		expect(host.app.metadataCache.getFileCache(f)?.frontmatter).toEqual({ status: "new" });
		await host.app.vault.process(f, (t) => t.replace("new", "newer"));
		expect(host.frontmatter("a.md")).toEqual({ status: "newer" });
		const created = await host.app.vault.create("b.md", "---\nx: 1\n---\n");
		expect(host.app.metadataCache.getFileCache(created)?.frontmatter).toEqual({ x: 1 });
		expect(host.app.metadataCache.getFileCache(file(host.app, "a.md"))?.frontmatter?.["missing"]).toBeUndefined();
	});

	test("deferred (default): like Obsidian, the cache catches up after the write (next macrotask or settle())", async () => {
		// Documented by the API's shape (MetadataCache "changed" event, fired after parsing).
		const host = createHost({ files: { "a.md": "---\nstatus: old\n---\n" } });
		const f = file(host.app, "a.md");
		await host.app.vault.modify(f, "---\nstatus: new\n---\n");
		expect(host.frontmatter("a.md")).toEqual({ status: "old" });
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(host.frontmatter("a.md")).toEqual({ status: "new" });

		await host.app.vault.process(f, () => "---\nstatus: third\n---\n");
		expect(host.frontmatter("a.md")).toEqual({ status: "new" });
		await host.settle();
		expect(host.frontmatter("a.md")).toEqual({ status: "third" });
	});

	test("an empty frontmatter block reads as an empty object, not a throwing proxy", () => {
		const host = createHost({ files: { "a.md": "---\n\n---\nBody" } });
		expect(host.frontmatter("a.md")?.["anything"]).toBeUndefined();
	});
});

// -------------------------------------------------------------------------- processFrontMatter

describe("fileManager.processFrontMatter", () => {
	const note = '---\nid: "2401.00010"\ntitle: Attention\ntags:\n  - ml\n---\n\n# Body\n\nText with --- dashes\n  trailing spaces  \n';

	test("keeps the body byte for byte and the keys fn did not touch", async () => {
		// Documented (FileManager.processFrontMatter): fn mutates the frontmatter object.
		const host = createHost({ files: { "a.md": note } });
		await host.app.fileManager.processFrontMatter(file(host.app, "a.md"), (fm: Record<string, unknown>) => {
			fm["status"] = "read";
			fm["title"] = "Attention Is All You Need";
		});
		const text = host.readFile("a.md");
		expect(text.slice(text.indexOf("\n---\n") + 5)).toBe("\n# Body\n\nText with --- dashes\n  trailing spaces  \n");
		expect(text).toBe('---\nid: "2401.00010"\ntitle: Attention Is All You Need\ntags:\n  - ml\nstatus: read\n---\n\n# Body\n\nText with --- dashes\n  trailing spaces  \n');
		await host.settle();
		expect(host.frontmatter("a.md")).toEqual({ id: "2401.00010", title: "Attention Is All You Need", tags: ["ml"], status: "read" });
	});

	test("an ID like 2401.00010 that was a quoted string stays a string", async () => {
		// Trap (TOOLCHAIN.md §3): unquoted, YAML reads 2401.00010 as the number 2401.0001.
		const host = createHost({ files: { "a.md": note, "b.md": "---\nid: 2401.00010\n---\n" } });
		await host.app.fileManager.processFrontMatter(file(host.app, "a.md"), (fm: Record<string, unknown>) => {
			fm["other"] = "1706.03762";
		});
		expect(host.frontmatter("a.md")?.["id"]).toBe("2401.00010");
		expect(host.readFile("a.md")).toContain('other: "1706.03762"');
		await host.app.fileManager.processFrontMatter(file(host.app, "b.md"), (fm: Record<string, unknown>) => {
			expect(fm["id"]).toBe(2401.0001);
		});
	});

	test("creates a frontmatter block when the note has none", async () => {
		const host = createHost({ files: { "a.md": "# Just a body\n" } });
		await host.app.fileManager.processFrontMatter(file(host.app, "a.md"), (fm: Record<string, unknown>) => {
			fm["arxiv"] = "2401.00010";
		});
		expect(host.readFile("a.md")).toBe('---\narxiv: "2401.00010"\n---\n# Just a body\n');
	});

	test("an fn that changes nothing on a note without frontmatter leaves it unchanged", async () => {
		// The mocks wrote a "---\n{}\n---" block.
		const host = createHost({ files: { "a.md": "body" } });
		await host.app.fileManager.processFrontMatter(file(host.app, "a.md"), () => undefined);
		expect(host.readFile("a.md")).toBe("body");
	});

	test("invalid YAML throws YAMLParseError and the file is not changed", async () => {
		// Documented: "@throws YAMLParseError if the YAML parsing fails".
		const broken = "---\ntitle: [unclosed\nid: x\n---\nBody";
		const host = createHost({ files: { "a.md": broken } });
		// The metadata cache still indexes the note, without frontmatter (the mocks threw here).
		expect(host.frontmatter("a.md")).toBeUndefined();
		const fn = vi.fn();
		const error: unknown = await host.app.fileManager.processFrontMatter(file(host.app, "a.md"), fn).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).name).toBe("YAMLParseError");
		expect(fn).not.toHaveBeenCalled();
		expect(host.readFile("a.md")).toBe(broken);
	});

	test("errors thrown by fn propagate and the file is not changed", async () => {
		// Documented: "@throws any errors that your callback function throws".
		const host = createHost({ files: { "a.md": note } });
		await expect(
			host.app.fileManager.processFrontMatter(file(host.app, "a.md"), () => {
				throw new Error("no");
			}),
		).rejects.toThrow("no");
		expect(host.readFile("a.md")).toBe(note);
	});

	test("is atomic with concurrent process calls", async () => {
		// Documented: "Atomically read, modify, and save the frontmatter of a note."
		const host = createHost({ files: { "a.md": note } });
		const f = file(host.app, "a.md");
		await Promise.all([
			host.app.fileManager.processFrontMatter(f, (fm: Record<string, unknown>) => {
				fm["status"] = "read";
			}),
			host.app.vault.process(f, (t) => `${t}appended\n`),
			host.app.fileManager.processFrontMatter(f, (fm: Record<string, unknown>) => {
				fm["rating"] = 5;
			}),
		]);
		await host.settle();
		expect(host.frontmatter("a.md")).toMatchObject({ status: "read", rating: 5, id: "2401.00010" });
		expect(host.readFile("a.md").endsWith("appended\n")).toBe(true);
	});
});

// ----------------------------------------------------------------------------------------- links

describe("resolved links", () => {
	// Obsidian: getFirstLinkpathDest takes a path (with or without .md), a relative path from the
	// source's folder, a note's name, or the end of its path; URLs are no notes.
	test("a link is a path, a relative path, a name or the end of a path; a URL is none", () => {
		const host = createHost({ files: { "keywords/broad/Graph Networks.md": "", "papers/A.md": "[see](https://arxiv.org/abs/2401.00010)\n" } });
		const cache = host.app.metadataCache;
		const dest = (link: string, from = "papers/A.md"): string | undefined => cache.getFirstLinkpathDest(link, from)?.path;
		expect(dest("keywords/broad/Graph Networks")).toBe("keywords/broad/Graph Networks.md");
		expect(dest("keywords/broad/Graph Networks.md")).toBe("keywords/broad/Graph Networks.md");
		expect(dest("../keywords/broad/Graph Networks")).toBe("keywords/broad/Graph Networks.md");
		expect(dest("Graph Networks")).toBe("keywords/broad/Graph Networks.md");
		expect(dest("broad/Graph Networks")).toBe("keywords/broad/Graph Networks.md");
		expect(dest("other/Graph Networks")).toBeUndefined();
		expect(cache.unresolvedLinks["papers/A.md"]).toEqual({});
		expect(cache.resolvedLinks["papers/A.md"]).toEqual({});
	});

	// Obsidian: resolvedLinks lists every link whose target exists, whatever the order the notes were made in.
	test("a link resolves once its target is created, even after the linking note", async () => {
		const host = createHost({ files: { "A.md": "see [[notes/B]] and [[C]]\n" } });
		expect(host.app.metadataCache.unresolvedLinks["A.md"]).toEqual({ "notes/B": 1, C: 1 });
		await host.app.vault.createFolder("notes");
		await host.app.vault.create("notes/B.md", "b");
		await host.settle();
		expect(host.app.metadataCache.resolvedLinks["A.md"]).toEqual({ "notes/B.md": 1 });
		expect(host.app.metadataCache.unresolvedLinks["A.md"]).toEqual({ C: 1 });
	});
});

describe("links", () => {
	const files = {
		"Papers/Attention Is All You Need.md": "",
		"Papers/Same.md": "",
		"Archive/Same.md": "",
		"Daily/2024-01-01.md": "",
	};

	test("default of a new vault: shortest-path wikilinks, [[name|alias]]", () => {
		// Documented (generateMarkdownLink: "based on the user's preferences"; fileToLinktext: "If
		// file name is unique, use the filename. If not unique, use full path."). A new vault uses
		// wikilinks with the shortest path. The mocks always wrote [[basename]].
		const host = createHost({ files });
		const { fileManager, metadataCache } = host.app;
		const attention = file(host.app, "Papers/Attention Is All You Need.md");
		expect(fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md", undefined, "Vaswani 2017")).toBe(
			"[[Attention Is All You Need|Vaswani 2017]]",
		);
		expect(fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md")).toBe("[[Attention Is All You Need]]");
		expect(fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md", undefined, "")).toBe("[[Attention Is All You Need]]");
		expect(fileManager.generateMarkdownLink(attention, "x.md", "#Method", "m")).toBe("[[Attention Is All You Need#Method|m]]");
		const same = file(host.app, "Papers/Same.md");
		expect(fileManager.generateMarkdownLink(same, "Daily/2024-01-01.md", undefined, "alias")).toBe("[[Papers/Same|alias]]");
		expect(metadataCache.fileToLinktext(attention, "", true)).toBe("Attention Is All You Need");
		expect(metadataCache.fileToLinktext(attention, "", false)).toBe("Attention Is All You Need.md");
		expect(metadataCache.fileToLinktext(same, "", true)).toBe("Papers/Same");
	});

	test("a note that does not exist yet can be linked through a plain stand-in object", () => {
		const host = createHost({ files });
		const standIn = { path: "Keywords/Methods/Self Attention.md", name: "Self Attention.md", basename: "Self Attention", extension: "md" };
		expect(host.app.fileManager.generateMarkdownLink(standIn as TFile, "Papers/Attention Is All You Need.md", undefined, "self-attention")).toBe(
			"[[Self Attention|self-attention]]",
		);
		const clash = { path: "New/Same.md", name: "Same.md", basename: "Same", extension: "md" };
		expect(host.app.metadataCache.fileToLinktext(clash as TFile, "", true)).toBe("New/Same");
	});

	test("Markdown-link mode: [alias](path%20with%20spaces.md)", () => {
		const host = createHost({ files, links: { useMarkdownLinks: true } });
		const attention = file(host.app, "Papers/Attention Is All You Need.md");
		expect(host.app.fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md", undefined, "Vaswani")).toBe(
			"[Vaswani](Attention%20Is%20All%20You%20Need.md)",
		);
		expect(host.app.fileManager.generateMarkdownLink(attention, "x.md")).toBe("[Attention Is All You Need](Attention%20Is%20All%20You%20Need.md)");
		host.setLinkSettings({ newLinkFormat: "absolute" });
		expect(host.app.fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md", "#Model architecture", "V")).toBe(
			"[V](Papers/Attention%20Is%20All%20You%20Need.md#Model%20architecture)",
		);
	});

	test("absolute and relative path settings", () => {
		const host = createHost({ files, links: { newLinkFormat: "absolute" } });
		const attention = file(host.app, "Papers/Attention Is All You Need.md");
		expect(host.app.fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md", undefined, "a")).toBe("[[Papers/Attention Is All You Need|a]]");
		host.setLinkSettings({ newLinkFormat: "relative" });
		expect(host.app.fileManager.generateMarkdownLink(attention, "Daily/2024-01-01.md", undefined, "a")).toBe("[[../Papers/Attention Is All You Need|a]]");
		expect(host.app.fileManager.generateMarkdownLink(attention, "Papers/Other.md", undefined, "a")).toBe("[[Attention Is All You Need|a]]");
	});
});

// --------------------------------------------------------------------------------------- network

describe("requestUrl", () => {
	test("with no handler set it rejects: tests have no network", async () => {
		await expect(requestUrl("https://export.arxiv.org/api/query?id_list=2401.00010")).rejects.toThrow(/no network in tests/);
		await expect(fetch("https://example.org")).rejects.toThrow(/no network in tests/);
	});

	test("routes to the handler and gives Obsidian's response shape", async () => {
		// Documented (RequestUrlResponse / RequestUrlResponsePromise): status, headers, text,
		// json, arrayBuffer, and the promise carries .text/.json/.arrayBuffer promises.
		// The mocks answered every URL with 200 and an empty body.
		setRequestHandler((req) => ({ status: 200, headers: { "Content-Type": "application/json" }, text: JSON.stringify({ url: req.url }) }));
		const promise = requestUrl({ url: "https://a.test/x", method: "post", headers: { "User-Agent": "atlas" }, body: "q" });
		const response: RequestUrlResponse = await promise;
		expect(response.status).toBe(200);
		expect(response.headers).toEqual({ "content-type": "application/json" });
		expect(response.json).toEqual({ url: "https://a.test/x" });
		expect(new TextDecoder().decode(response.arrayBuffer)).toBe('{"url":"https://a.test/x"}');
		expect(await promise.text).toBe('{"url":"https://a.test/x"}');
		expect(await promise.json).toEqual({ url: "https://a.test/x" });
		expect(requests()).toEqual([
			{ url: "https://a.test/x", method: "POST", headers: { "User-Agent": "atlas" }, body: "q", contentType: undefined, throw: true },
		]);
	});

	test("status >= 400 rejects with an error carrying status, unless throw: false", async () => {
		// Documented (RequestUrlParam.throw): "default true: throws on 400+".
		setRequestHandler(() => ({ status: 503, headers: { "Retry-After": "5" }, text: "busy" }));
		const error: unknown = await requestUrl("https://a.test/").catch((e: unknown) => e);
		expect(isRequestUrlError(error)).toBe(true);
		if (!isRequestUrlError(error)) return;
		expect(error.status).toBe(503);
		expect(error.message).toBe("Request failed, status 503");
		expect(error.headers["retry-after"]).toBe("5");
		const response = await requestUrl({ url: "https://a.test/", throw: false });
		expect(response.status).toBe(503);
		expect(response.text).toBe("busy");
	});

	test("a throwing or rejecting handler is a network error; every request is counted", async () => {
		setRequestHandler(async (req) => {
			await Promise.resolve();
			if (req.url.includes("down")) throw new Error("net::ERR_NAME_NOT_RESOLVED");
			return { text: "ok" };
		});
		await expect(requestUrl("https://down.test/")).rejects.toThrow("net::ERR_NAME_NOT_RESOLVED");
		expect(await requestUrl("https://up.test/").text).toBe("ok");
		expect(await request({ url: "https://up.test/old-api" })).toBe("ok");
		expect(requests().map((r) => `${r.method} ${r.url}`)).toEqual(["GET https://down.test/", "GET https://up.test/", "GET https://up.test/old-api"]);
	});

	test("settle() waits for requests still in flight", async () => {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		setRequestHandler(async () => {
			await gate;
			return { text: "late" };
		});
		let body = "";
		void requestUrl("https://slow.test/").then((r) => (body = r.text));
		setTimeout(release, 5);
		await createHost().settle();
		expect(body).toBe("late");
	});

	test("getLanguage() answers the language the host was made with, English by default", () => {
		// Documented (1.8.7): "Get the ISO code for the currently configured app language".
		createHost();
		expect(getLanguage()).toBe("en");
		createHost({ language: "ko" });
		expect(getLanguage()).toBe("ko");
	});
});

// ---------------------------------------------------------------------------------------- notices

describe("Notice", () => {
	test("records every notice and each message it showed; hide() is recorded", () => {
		// Documented (Notice): setMessage changes the message; hide() removes it.
		const n = new Notice("arXiv import…", 0);
		n.setMessage("Fetching 2401.00010");
		n.setMessage("Done: 1 note created");
		const frag = document.createDocumentFragment();
		frag.append("frag ", document.createElement("b"));
		new Notice(frag);
		expect(notices().map((r) => r.messages)).toEqual([["arXiv import…", "Fetching 2401.00010", "Done: 1 note created"], ["frag "]]);
		expect(notices()[0]?.message).toBe("Done: 1 note created");
		expect(document.body.querySelector(".notice-container")?.textContent).toContain("Done: 1 note created");
		expect(visibleNotices()).toEqual(["Done: 1 note created", "frag "]);
		n.hide();
		expect(notices()[0]?.hidden).toBe(true);
		expect(visibleNotices()).toEqual(["frag "]);
		expect(document.body.textContent).not.toContain("Done: 1 note created");
	});

	test("duration 0 stays until hidden; other durations hide by themselves", () => {
		// Documented: "If this is 0, the Notice will stay visible until the user manually dismisses it."
		// The mocks treated a missing duration as 0 and never hid anything.
		vi.useFakeTimers();
		new Notice("sticky", 0);
		new Notice("short", 1000);
		new Notice("default");
		vi.advanceTimersByTime(1000);
		expect(visibleNotices()).toEqual(["sticky", "default"]);
		vi.advanceTimersByTime(DEFAULT_NOTICE_DURATION_MS);
		expect(visibleNotices()).toEqual(["sticky"]);
		expect(notices().map((n) => n.duration)).toEqual([0, 1000, undefined]);
	});
});

// ------------------------------------------------------------------------------ plugin lifecycle

const manifest: PluginManifest = {
	id: "test-plugin",
	name: "Test Plugin",
	version: "1.0.0",
	minAppVersion: "1.5.7",
	description: "",
	author: "",
};

class SamplePlugin extends Plugin {
	ran: string[] = [];
	onloadFinished = false;
	unloaded = false;
	available = true;
	settings: { greeting: string; enabled: boolean; count: number; mode: string } = { greeting: "hi", enabled: false, count: 3, mode: "a" };

	async onload(): Promise<void> {
		await Promise.resolve();
		this.settings = { ...this.settings, ...((await this.loadData()) as Partial<SamplePlugin["settings"]> | null) };
		this.addCommand({ id: "plain", name: "Plain", callback: () => this.ran.push("plain") });
		this.addCommand({
			id: "checked",
			name: "Checked",
			checkCallback: (checking) => {
				if (!this.available) return false;
				if (!checking) this.ran.push("checked");
				return true;
			},
		});
		this.addCommand({ id: "editor", name: "Editor", editorCallback: (editor) => this.ran.push(`editor:${editor.getValue()}`) });
		this.addRibbonIcon("library", "Open sample", () => this.ran.push("ribbon"));
		this.addSettingTab(new SampleTab(this.app, this));
		this.registerEvent(this.app.vault.on("create", (f) => this.ran.push(`created:${f.path}`)));
		this.register(() => this.ran.push("cleanup"));
		this.app.workspace.onLayoutReady(() => this.ran.push("layout-ready"));
		this.onloadFinished = true;
	}

	onunload(): void {
		this.unloaded = true;
	}

	async save(): Promise<void> {
		await this.saveData(this.settings);
	}
}

class SampleTab extends PluginSettingTab {
	constructor(
		app: App,
		private readonly plugin: SamplePlugin,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.plugin.settings;
		new Setting(containerEl).setName("General").setHeading();
		new Setting(containerEl)
			.setName("Greeting")
			.setDesc("What to say")
			.addText((t) =>
				t.setValue(s.greeting).onChange(async (v) => {
					s.greeting = v;
					await this.plugin.save();
				}),
			);
		new Setting(containerEl).setName("Enabled").addToggle((t) => t.setValue(s.enabled).onChange((v) => (s.enabled = v)));
		new Setting(containerEl).setName("Mode").addDropdown((d) =>
			d
				.addOptions({ a: "A", b: "B" })
				.setValue(s.mode)
				.onChange((v) => (s.mode = v)),
		);
		new Setting(containerEl).setName("Count").addSlider((sl) =>
			sl
				.setLimits(1, 10, 1)
				.setValue(s.count)
				.onChange((v) => (s.count = v)),
		);
		new Setting(containerEl).setName("Reset").addButton((b) => b.setButtonText("Reset").onClick(() => (s.greeting = "hi")));
	}
}

describe("Plugin", () => {
	test("loadPlugin constructs with the manifest and awaits an async onload", async () => {
		const host = createHost();
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		expect(plugin.onloadFinished).toBe(true);
		expect(plugin.manifest.id).toBe("test-plugin");
		expect(plugin.manifest.dir).toBe(".obsidian/plugins/test-plugin");
		expect(plugin.app).toBe(host.app);
	});

	test("commands get the plugin's id and name as prefix and run like the palette runs them", async () => {
		// Documented (Plugin.addCommand): "The command id and name will be automatically prefixed
		// with this plugin's id and name."; checkCallback(checking) semantics per Command docs.
		const host = createHost();
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		expect(host.commandIds()).toEqual(["test-plugin:checked", "test-plugin:editor", "test-plugin:plain"]);
		expect(await host.runCommand("test-plugin:plain")).toBe(true);
		expect(await host.runCommand("test-plugin:checked")).toBe(true);
		plugin.available = false;
		expect(await host.runCommand("test-plugin:checked")).toBe(false);
		await expect(host.runCommand("test-plugin:editor")).rejects.toThrow(/Markdown editor/);
		const editor = { getValue: () => "text" } as unknown as Editor;
		expect(await host.runCommand("test-plugin:editor", { editor, view: {} as MarkdownView })).toBe(true);
		await expect(host.runCommand("plain")).rejects.toThrow(/no command "plain"/);
		expect(plugin.ran).toEqual(["layout-ready", "plain", "checked", "editor:text"]);
	});

	test("ribbon icons are recorded and run their callback when clicked", async () => {
		const host = createHost();
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		expect(host.ribbonIcons().map((r) => [r.icon, r.title])).toEqual([["library", "Open sample"]]);
		host.clickRibbonIcon("Open sample");
		click(document.body.querySelector('[aria-label="Open sample"]') as HTMLElement);
		expect(plugin.ran.filter((r) => r === "ribbon")).toHaveLength(2);
	});

	test("loadData is null without data.json; saveData writes it as JSON and loadData returns a copy", async () => {
		// Documented (loadData/saveData): "Data is stored in data.json in the plugin folder."
		// App source: loadData resolves null when there is no data.json (the mocks gave {}).
		const host = createHost();
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		expect(await plugin.loadData()).toBeNull();
		plugin.settings.greeting = "hello";
		await plugin.save();
		expect(host.pluginData("test-plugin")).toEqual({ greeting: "hello", enabled: false, count: 3, mode: "a" });
		expect(await host.app.vault.adapter.read(".obsidian/plugins/test-plugin/data.json")).toBe(JSON.stringify(plugin.settings, null, 2));
		const copy = (await plugin.loadData()) as { greeting: string };
		copy.greeting = "mutated";
		expect(((await plugin.loadData()) as { greeting: string }).greeting).toBe("hello");
		expect(host.listFiles()).toEqual([]);

		const reloaded = await host.loadPlugin(SamplePlugin, manifest);
		expect(reloaded.settings.greeting).toBe("hello");
	});

	test("pluginData seeds data.json", async () => {
		const host = createHost({ pluginData: { "test-plugin": { greeting: "seeded" } } });
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		expect(plugin.settings.greeting).toBe("seeded");
	});

	test("unload runs register() cleanups, detaches events, removes commands and ribbon icons", async () => {
		const host = createHost({ files: { "Papers/": "" } });
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		await host.app.vault.create("Papers/a.md", "");
		host.unloadPlugin(plugin);
		await host.app.vault.create("Papers/b.md", "");
		expect(plugin.ran).toEqual(["layout-ready", "created:Papers/a.md", "cleanup"]);
		expect(plugin.unloaded).toBe(true);
		expect(host.commandIds()).toEqual([]);
		expect(host.ribbonIcons()).toEqual([]);
		expect(document.body.querySelector('[aria-label="Open sample"]')).toBeNull();
	});

	test("onLayoutReady runs at once when the layout is ready, else when it becomes ready", async () => {
		// Documented (Workspace.onLayoutReady): "Runs the callback function right away if layout is
		// already ready, or push it to a queue to be called later when layout is ready."
		const starting = createHost({ layoutReady: false });
		const plugin = await starting.loadPlugin(SamplePlugin, manifest);
		expect(plugin.ran).toEqual([]);
		expect(starting.app.workspace.layoutReady).toBe(false);
		starting.setLayoutReady();
		expect(plugin.ran).toEqual(["layout-ready"]);
		expect(starting.app.workspace.layoutReady).toBe(true);
	});
});

// ------------------------------------------------------------------------------- settings UI, DOM

describe("setting tab and components", () => {
	test("a setting tab renders Obsidian's DOM and its components react to DOM events", async () => {
		const host = createHost();
		const plugin = await host.loadPlugin(SamplePlugin, manifest);
		const el = host.openSettingTab("test-plugin");
		expect(el.isConnected).toBe(true);
		expect(findSetting(el, "General").classList.contains("setting-item-heading")).toBe(true);

		const greeting = findSetting(el, "Greeting");
		expect(textOf(greeting.querySelector(".setting-item-description") as HTMLElement)).toBe("What to say");
		expect(greeting.firstElementChild?.classList.contains("setting-item-info")).toBe(true);
		const input = greeting.querySelector("input") as HTMLInputElement;
		expect(input.value).toBe("hi");
		typeInto(input, "hello");
		await host.settle();
		expect(plugin.settings.greeting).toBe("hello");
		expect(host.pluginData("test-plugin")).toMatchObject({ greeting: "hello" });

		click(findSetting(el, "Enabled").querySelector(".checkbox-container") as HTMLElement);
		expect(plugin.settings.enabled).toBe(true);
		expect(findSetting(el, "Enabled").querySelector(".checkbox-container")?.classList.contains("is-enabled")).toBe(true);

		const select = findSetting(el, "Mode").querySelector("select") as HTMLSelectElement;
		expect(select.value).toBe("a");
		changeValue(select, "b");
		expect(plugin.settings.mode).toBe("b");

		const slider = findSetting(el, "Count").querySelector('input[type="range"]') as HTMLInputElement;
		expect(slider.value).toBe("3");
		changeValue(slider, "7");
		expect(plugin.settings.count).toBe(7);

		click(findButton(el, "Reset"));
		expect(plugin.settings.greeting).toBe("hi");
		host.closeSettingTab("test-plugin");
		expect(el.isConnected).toBe(false);
	});

	test("a tab with setting definitions (1.13+) is drawn from them in groups, and update() draws the open tab again; an older app calls display()", async () => {
		// Documented (1.13): getSettingDefinitions is "called on every display()"; display() is "not called
		// when getSettingDefinitions returns a non-empty array". Plugins redraw with update() (see tests/README.md).
		let rows = ["Alpha"];
		class DefinedTab extends PluginSettingTab {
			drawn = 0;
			getSettingDefinitions(): SettingDefinitionItem[] {
				return requireApiVersion("1.13.0") ? [{ type: "group", heading: "Section", items: rows.map((name) => ({ name, desc: `About ${name}`, render: (s: Setting) => void s.addToggle(() => undefined) })) }] : [];
			}
			display(): void {
				this.drawn += 1;
				this.containerEl.empty();
				new Setting(this.containerEl).setName("Drawn by display");
			}
		}
		class DefinedPlugin extends Plugin {
			tab: DefinedTab | undefined;
			onload(): void {
				this.tab = new DefinedTab(this.app, this);
				this.addSettingTab(this.tab);
			}
		}
		const host = createHost();
		const plugin = await host.loadPlugin(DefinedPlugin, manifest);
		const el = host.openSettingTab("test-plugin");
		expect(plugin.tab?.drawn).toBe(0);
		expect(textOf(el.querySelector(".setting-group > .setting-item-heading .setting-item-name") as HTMLElement)).toBe("Section");
		expect(textOf(findSetting(el.querySelector(".setting-group .setting-items") as HTMLElement, "Alpha").querySelector(".setting-item-description") as HTMLElement)).toBe("About Alpha");
		expect(host.searchableSettings("test-plugin")).toEqual([{ heading: "Section", name: "Alpha", desc: "About Alpha" }]);
		rows = ["Alpha", "Beta"];
		plugin.tab?.update();
		expect(findSetting(el, "Beta")).toBeTruthy();
		expect(el.querySelectorAll(".setting-item:not(.setting-item-heading)")).toHaveLength(2);
		host.closeSettingTab("test-plugin");

		const old = createHost({ apiVersion: "1.12.7" });
		expect(requireApiVersion("1.13.0")).toBe(false);
		expect(requireApiVersion("1.12.7")).toBe(true);
		expect(requireApiVersion("1.11.4")).toBe(true);
		const before = await old.loadPlugin(DefinedPlugin, manifest);
		const oldEl = old.openSettingTab("test-plugin");
		expect(before.tab?.drawn).toBe(1);
		expect(findSetting(oldEl, "Drawn by display")).toBeTruthy();
		expect(old.searchableSettings("test-plugin")).toEqual([]);
	});

	test("a slider shows its value inline, formatted by setDisplayFormat, and follows it while dragged", () => {
		// Documented (1.13): "The value is now always shown inline next to the slider"; setDisplayFormat formats it.
		const container = document.body.createDiv();
		let slider: SliderComponent | undefined;
		new Setting(container).addSlider((s) => {
			slider = s.setLimits(10, 600, 10).setDisplayFormat((v) => `${v} s`).setValue(30);
		});
		const value = (): string | null => container.querySelector(".slider-value")?.textContent ?? null;
		expect(value()).toBe("30 s");
		changeValue(slider?.sliderEl as HTMLInputElement, "90");
		expect(value()).toBe("90 s");
		container.remove();
	});

	test("an AbstractInputSuggest shows a popover of suggestions while typing; a click selects one; close removes it", async () => {
		// Documented: getSuggestions, renderSuggestion, selectSuggestion, limit, close. The mocks ran none of them.
		const host = createHost();
		const picked: string[] = [];
		class Fruits extends AbstractInputSuggest<string> {
			limit = 2;
			protected getSuggestions(query: string): string[] {
				return ["apple", "apricot", "avocado", "banana"].filter((f) => f.startsWith(query));
			}
			renderSuggestion(value: string, el: HTMLElement): void {
				el.setText(value.toUpperCase());
			}
			selectSuggestion(value: string): void {
				picked.push(value);
				this.close();
			}
		}
		const input = document.body.createEl("input");
		new Fruits(host.app, input);
		typeInto(input, "a");
		await host.settle();
		const items = (): string[] => [...document.querySelectorAll(".suggestion-container .suggestion-item")].map((i) => i.textContent ?? "");
		expect(items()).toEqual(["APPLE", "APRICOT"]);
		click(document.querySelector(".suggestion-container .suggestion-item:nth-child(2)") as HTMLElement);
		expect(picked).toEqual(["apricot"]);
		expect(items()).toEqual([]);
		input.remove();
	});

	test("every modal opened is logged, closed ones included", () => {
		const host = createHost();
		const first = new Modal(host.app);
		first.open();
		first.close();
		new Modal(host.app).open();
		expect(modalsOpened()).toHaveLength(2);
		expect(openModals()).toHaveLength(1);
		expect(modalsOpened()[0]?.modal).toBe(first);
	});

	test("setValue does not call onChange (a toggle's does, when the value changes)", () => {
		// App source: AbstractTextComponent/Dropdown/Slider setValue only set the control; the
		// toggle's setValue calls onChange when the value changes. The mocks called onChange from
		// every setValue.
		const container = document.body.createDiv();
		const calls: string[] = [];
		new Setting(container)
			.addText((t) => t.onChange((v) => calls.push(`text:${v}`)).setValue("x"))
			.addDropdown((d) =>
				d
					.addOption("a", "A")
					.addOption("b", "B")
					.onChange((v) => calls.push(`dropdown:${v}`))
					.setValue("b"),
			)
			.addSlider((s) => s.onChange((v) => calls.push(`slider:${v}`)).setValue(4))
			.addToggle((t) => t.onChange((v) => calls.push(`toggle:${v}`)).setValue(true).setValue(true));
		expect(calls).toEqual(["toggle:true"]);
	});

	test("a disabled button ignores clicks", () => {
		const container = document.body.createDiv();
		const onClick = vi.fn();
		new Setting(container).addButton((b) => b.setButtonText("Go").onClick(onClick).setDisabled(true));
		click(findButton(container, "Go"));
		expect(onClick).not.toHaveBeenCalled();
	});
});

// ----------------------------------------------------------------------------------------- modal

class SampleModal extends Modal {
	submitted: string[] = [];
	closed = 0;

	onOpen(): void {
		this.setTitle("Sample");
		const input = this.contentEl.createEl("textarea");
		new Setting(this.contentEl).addButton((b) =>
			b.setButtonText("Submit").onClick(() => {
				this.submitted.push(input.value);
				this.close();
			}),
		);
	}

	onClose(): void {
		this.closed++;
		this.contentEl.empty();
	}
}

describe("Modal", () => {
	test("open() shows the modal until it is closed; tests can type and click in contentEl", () => {
		// Documented (Modal.open/close, onOpen/onClose). The mocks closed every modal on the next tick.
		vi.useFakeTimers();
		const host = createHost();
		const modal = new SampleModal(host.app);
		modal.open();
		vi.runAllTimers();
		expect(openModals()).toHaveLength(1);
		const top = topModal();
		expect(top.modal).toBe(modal);
		expect(top.containerEl.isConnected).toBe(true);
		expect(textOf(top.titleEl)).toBe("Sample");
		typeInto(top.contentEl.querySelector("textarea") as HTMLTextAreaElement, "2401.00010");
		click(findButton(top.contentEl, "Submit"));
		expect(modal.submitted).toEqual(["2401.00010"]);
		expect(modal.closed).toBe(1);
		expect(openModals()).toHaveLength(0);
		expect(modal.containerEl.isConnected).toBe(false);
		modal.close();
		expect(modal.closed).toBe(1);
	});

	test("Escape and the close button close the modal", () => {
		const host = createHost();
		const modal = new SampleModal(host.app);
		modal.open();
		pressKey(topModal().contentEl.querySelector("textarea") as HTMLElement, "Escape");
		expect(modal.closed).toBe(1);
		modal.open();
		click(modal.modalEl.querySelector(".modal-close-button") as HTMLElement);
		expect(modal.closed).toBe(2);
		expect(openModals()).toHaveLength(0);
	});
});

// ------------------------------------------------------------------------------------- workspace

describe("workspace", () => {
	test("getLeaf().openFile records the file, makes it active and fires file-open", async () => {
		const host = createHost({ files: { "Papers/A.md": "" } });
		const opened: string[] = [];
		host.app.workspace.on("file-open", (f) => opened.push(f?.path ?? "null"));
		await host.app.workspace.getLeaf(false).openFile(file(host.app, "Papers/A.md"));
		expect(host.openedFiles()).toEqual(["Papers/A.md"]);
		expect(opened).toEqual(["Papers/A.md"]);
		expect(host.app.workspace.getActiveFile()?.path).toBe("Papers/A.md");
	});

	test("Platform, moment and the global app", () => {
		expect(Platform.isMobile).toBe(false);
		setPlatform({ isMobile: true, isMobileApp: true, isDesktop: false, isDesktopApp: false });
		expect(Platform.isMobile).toBe(true);
		const host = createHost({ vaultName: "Research" });
		expect(host.app.vault.getName()).toBe("Research");
		expect((globalThis as unknown as { app: App }).app).toBe(host.app);
		const m = moment as unknown as (input: Date) => { format(f: string): string };
		expect(m(new Date(2024, 0, 2)).format("YYYY-MM-DD")).toBe("2024-01-02");
	});

	test("setPlatform is undone before the next test", () => {
		expect(Platform.isMobile).toBe(false);
		expect(Platform.isDesktop).toBe(true);
	});
});

// ----------------------------------------------------------------------------- loadPluginBundle

describe("loadPluginBundle", () => {
	const dir = tempDir("atlas-bundle-");
	const write = (name: string, code: string): string => {
		const path = join(dir, name);
		writeFileSync(path, code);
		return path;
	};

	test("loads a CommonJS main.js as Obsidian does, serving require('obsidian') from the host", async () => {
		const path = write(
			"main.js",
			`"use strict";
var obsidian = require("obsidian");
class BundledPlugin extends obsidian.Plugin {
  async onload() {
    this.addCommand({ id: "hello", name: "Hello", callback: () => new obsidian.Notice("hello " + obsidian.normalizePath("a//b")) });
  }
}
module.exports = { default: BundledPlugin };
`,
		);
		const PluginClass = loadPluginBundle(path);
		const host = createHost();
		const plugin = await host.loadPlugin(PluginClass, manifest);
		expect(plugin).toBeInstanceOf(Plugin);
		await host.runCommand("test-plugin:hello");
		expect(visibleNotices()).toEqual(["hello a/b"]);
	});

	test("esbuild's exports.default form and extra modules work; any other require throws", () => {
		const ok = write("ok.js", `Object.defineProperty(exports, "__esModule", { value: true }); exports.default = class extends require("obsidian").Plugin { x() { return require("extra").v; } };`);
		expect(typeof loadPluginBundle(ok, { extra: { v: 1 } })).toBe("function");
		const bad = write("bad.js", `const fs = require("fs"); module.exports = { default: class {} };`);
		expect(() => loadPluginBundle(bad)).toThrow(/requires "fs", which the app does not provide/);
		const none = write("none.js", `module.exports = { notAClass: 1 };`);
		expect(() => loadPluginBundle(none)).toThrow(/exports no plugin class/);
	});
});
