import { READING_STATUS_NAMES, READING_STATUSES, type ReadingStatus } from "../../core/notes/paper-schema";
import { ItemView, Keymap, TFile, setIcon, type WorkspaceLeaf } from "obsidian";
import type { KeywordCategory } from "../../core/model";
import { CATEGORY_LABELS } from "../../core/notes/labels";
import { plural } from "../../core/words";
import type { KeywordEntry, KeywordSort, PaperRecord, RelatedPaper } from "../../core/view/keyword-graph";
import type { KeywordIndexService } from "./keyword-index";

export const KEYWORD_VIEW_TYPE = "arxiv-atlas-keywords";

/** What each category holds, on hover over its group (the rules are in the README's Keywords section). */
const CATEGORY_HELP: Record<KeywordCategory, string> = {
	broad: "Fields and single-word technical concepts: the broad terms many papers share",
	evolved: "Recent paradigms, and new variants of concepts your vault has",
	specific: "Multi-word technical concepts: the ones that connect papers",
	unique: "Proper names, named models, data sets and instruments, and a paper's own coinages",
};
const CATEGORY_ORDER: readonly KeywordCategory[] = ["broad", "evolved", "specific", "unique"];
const PAGE = 50;
/** A group folds its keywords of one paper when it has at least this many of them (and others). */
const RARE_FOLD_MIN = 5;
const PAPER_PAGE = 50;
/** Related papers shown at first, and how many more each "Show more" adds. */
const RELATED = 5;
const RELATED_PAGE = 10;
/** Papers the radar is asked for. */
const SIMILAR = 20;

/** A paper note like another, as the radar finds it (tf-idf cosine), with the terms they share. */
export interface SimilarPaper {
	path: string;
	why: string[];
}

export interface KeywordViewDeps {
	index: KeywordIndexService;
	/** The vault's paper notes most like one (the radar), best first; the view shows them once they come. */
	similar?: (path: string, top: number) => Promise<SimilarPaper[]>;
	/** Opens the import box (the empty state offers it). */
	openImport: () => void;
}

/** The sidebar view: keywords by category with their papers, and the keywords of the paper in view. */
export class KeywordView extends ItemView {
	private sort: KeywordSort = "count";
	private filter = "";
	/** Only the papers of this reading status (the `status` property), or every paper. */
	private status: ReadingStatus | undefined = undefined;
	private readonly expanded = new Set<string>();
	private readonly collapsedGroups = new Set<KeywordCategory>();
	/** Groups whose keywords of one paper the user unfolded. */
	private readonly showRare = new Set<KeywordCategory>();
	private readonly limits = new Map<string, number>();
	private listEl!: HTMLElement;
	private thisPaperEl!: HTMLElement;
	private pending: number | undefined = undefined;
	private renderedVersion = -1;
	private renderedFor: string | undefined = undefined;
	private relatedLimit = RELATED;
	/** The radar's answer for a paper, and the index version it was asked at. */
	private similar: { path: string; version: number; papers: SimilarPaper[] } | undefined = undefined;
	/** Rows of the keyword list, kept while the index does not change: a keystroke in the filter only re-attaches them. */
	/**
	 * Rows by keyword, each with the stamp of what it shows (name, count, note, and the index version
	 * for an expanded row's papers): a change in the index rebuilds only the rows it changed, so the
	 * first keystroke after an import costs no more than the next.
	 */
	private readonly rowCache = new Map<string, { stamp: string; el: HTMLElement }>();
	private iconTemplate: HTMLElement | undefined = undefined;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: KeywordViewDeps,
	) {
		super(leaf);
	}

	getViewType(): string {
		return KEYWORD_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Keywords";
	}

	getIcon(): string {
		return "tags";
	}

	async onOpen(): Promise<void> {
		await Promise.resolve();
		const root = this.contentEl;
		root.empty();
		root.addClass("arxiv-atlas-keyword-view");
		const header = root.createDiv({ cls: "arxiv-atlas-view-header" });
		const search = header.createEl("input", {
			cls: "arxiv-atlas-filter",
			attr: { type: "search", placeholder: "Filter keywords", "aria-label": "Filter keywords", spellcheck: "false" },
		});
		search.addEventListener("input", () => {
			this.filter = search.value;
			this.renderList();
		});
		const sort = header.createEl("select", { cls: "dropdown arxiv-atlas-sort", attr: { "aria-label": "Sort keywords" } });
		for (const [value, label] of [
			["count", "Most papers"],
			["name", "Name"],
			["recent", "Most recent paper"],
		] as const) {
			sort.createEl("option", { text: label, value });
		}
		sort.value = this.sort;
		sort.addEventListener("change", () => {
			this.sort = sort.value as KeywordSort;
			this.renderList();
		});
		const status = header.createEl("select", { cls: "dropdown arxiv-atlas-status", attr: { "aria-label": "Papers of one reading status" } });
		status.createEl("option", { text: "All papers", value: "" });
		for (const value of READING_STATUSES) {
			const name = READING_STATUS_NAMES[value];
			status.createEl("option", { text: `${name.charAt(0).toUpperCase()}${name.slice(1)}`, value });
		}
		status.addEventListener("change", () => {
			this.status = READING_STATUSES.find((r) => r === status.value);
			this.renderList();
		});
		this.thisPaperEl = root.createDiv({ cls: "arxiv-atlas-this-paper" });
		this.listEl = root.createDiv({ cls: "arxiv-atlas-keyword-tree", attr: { role: "tree", "aria-label": "Keywords" } });
		this.listEl.addEventListener("keydown", (evt) => this.onKey(evt));
		this.thisPaperEl.addEventListener("keydown", (evt) => this.onKey(evt));

		this.register(this.deps.index.onChange(() => this.schedule()));
		this.registerEvent(this.app.workspace.on("file-open", () => this.renderThisPaper()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.renderThisPaper()));
		this.render();
	}

	/** Closed: an answer that comes late draws nothing. */
	private closed = false;

	async onClose(): Promise<void> {
		this.closed = true;
		await Promise.resolve();
		if (this.pending !== undefined) window.clearTimeout(this.pending);
		this.contentEl.empty();
	}

	/** Coalesces bursts of index changes (an import writes many notes) into one render. */
	private schedule(): void {
		if (this.pending !== undefined) return;
		this.pending = window.setTimeout(() => {
			this.pending = undefined;
			this.render();
		}, 50);
	}

	/** Renders everything now. */
	render(): void {
		this.renderThisPaper(true);
		this.renderList();
	}

	setFilter(text: string): void {
		this.filter = text;
		const input = this.contentEl.querySelector<HTMLInputElement>(".arxiv-atlas-filter");
		if (input) input.value = text;
		this.renderList();
	}

	// ------------------------------------------------------------------------------ this paper

	private renderThisPaper(force = false): void {
		const file = this.app.workspace.getActiveFile();
		const graph = this.deps.index.graph;
		const path = file && graph.paper(file.path) ? file.path : undefined;
		if (!force && path === this.renderedFor) return;
		if (path !== this.renderedFor) this.relatedLimit = RELATED;
		this.renderedFor = path;
		const el = this.thisPaperEl;
		el.empty();
		const view = path === undefined ? undefined : graph.thisPaper(path);
		if (!view) return;
		el.createDiv({ cls: "arxiv-atlas-section-title", text: "This paper" });
		el.createDiv({ cls: "arxiv-atlas-this-title", text: view.paper.title, attr: { title: view.paper.title } });
		if (view.keywords.length === 0) el.createDiv({ cls: "arxiv-atlas-muted", text: "This paper links no keywords." });
		else this.chips(el.createDiv({ cls: "arxiv-atlas-chips", attr: { "aria-label": "Keywords of this paper" } }), view.keywords);
		const related = this.withSimilar(path ?? "", view.related, view.keywords);
		el.createDiv({ cls: "arxiv-atlas-section-subtitle", text: related.length === 0 ? "Related papers" : `Related papers (${related.length})` });
		if (related.length === 0) {
			el.createDiv({ cls: "arxiv-atlas-muted", text: "No other paper shares a keyword with this one yet." });
			return;
		}
		const tree = el.createDiv({ attr: { role: "tree", "aria-label": "Related papers" } });
		for (const { paper, shared, why } of related.slice(0, this.relatedLimit)) this.paperRow(tree, paper, shared, why);
		const rest = related.length - this.relatedLimit;
		if (rest > 0) {
			const more = tree.createDiv({
				cls: "tree-item-self is-clickable arxiv-atlas-more",
				text: rest > RELATED_PAGE ? `Show ${RELATED_PAGE} more of ${rest}` : `Show ${rest} more`,
				attr: { role: "treeitem", tabindex: "0" },
			});
			more.addEventListener("click", () => {
				const shown = this.relatedLimit;
				this.relatedLimit += RELATED_PAGE;
				this.renderThisPaper(true);
				// The first of the papers just shown takes the focus, where the button was.
				this.thisPaperEl.querySelectorAll<HTMLElement>(".arxiv-atlas-paper").item(shown)?.focus();
			});
		}
	}

	/**
	 * Related papers ranked by the radar's similarity when its answer for this paper has come (papers
	 * that share a keyword but are not among the most alike follow), else by shared keywords; the
	 * radar is asked once per paper and index version, and the section is drawn again when it answers.
	 */
	private withSimilar(path: string, byKeywords: readonly RelatedPaper[], keywords: readonly KeywordEntry[]): { paper: PaperRecord; shared: KeywordEntry[]; why?: string[] }[] {
		const graph = this.deps.index.graph;
		const ask = this.deps.similar;
		if (ask && (this.similar?.path !== path || this.similar.version !== graph.version)) {
			const version = graph.version;
			// The last answer for this paper stays on screen until the new one comes (no flicker while importing).
			this.similar = { path, version, papers: this.similar?.path === path ? this.similar.papers : [] };
			void ask(path, SIMILAR)
				.then((papers) => {
					if (this.closed || this.similar?.path !== path || this.similar.version !== version) return;
					this.similar = { path, version, papers };
					if (papers.length > 0 && this.renderedFor === path) this.renderThisPaper(true);
				})
				.catch(() => undefined); // the radar could not read the vault: shared keywords only
		}
		const similar = this.similar?.path === path ? this.similar.papers : [];
		if (similar.length === 0) return [...byKeywords];
		const keys = new Set(keywords.map((k) => k.key));
		const out: { paper: PaperRecord; shared: KeywordEntry[]; why?: string[] }[] = [];
		for (const s of similar) {
			const paper = graph.paper(s.path);
			if (!paper || s.path === path) continue;
			const shared = paper.keywords.flatMap((k) => (keys.has(k) ? (graph.keyword(k) ?? []) : []));
			out.push({ paper, shared, why: s.why });
		}
		const seen = new Set(out.map((r) => r.paper.path));
		return [...out, ...byKeywords.filter((r) => !seen.has(r.paper.path))];
	}

	/** Keyword chips: each opens its note (Ctrl/Cmd-click in a new tab), with the page preview on hover. */
	private chips(parent: HTMLElement, keywords: readonly KeywordEntry[]): void {
		for (const keyword of keywords) {
			const path = keyword.path;
			const chip = parent.createSpan({ cls: "arxiv-atlas-chip", text: keyword.name, attr: { "data-key": keyword.key } });
			if (!path) continue;
			chip.addClass("is-clickable");
			chip.setAttribute("tabindex", "0");
			chip.setAttribute("role", "link");
			const open = (evt: MouseEvent | KeyboardEvent): void => {
				evt.stopPropagation();
				void this.open(path, evt);
			};
			chip.addEventListener("click", open);
			chip.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter") open(evt);
			});
			this.linkBehaviour(chip, path);
		}
	}

	// ---------------------------------------------------------------------------- keyword list

	private renderList(): void {
		const graph = this.deps.index.graph;
		const el = this.listEl;
		el.empty();
		this.renderedVersion = graph.version;
		if (graph.paperCount === 0) {
			this.renderEmpty(el);
			return;
		}
		// Rows of keywords that are gone are dropped now and then.
		if (this.rowCache.size > 2 * graph.keywords(this.sort).length + 200) this.rowCache.clear();
		const groups = graph.grouped(this.sort, this.filter, this.status);
		let any = false;
		for (const category of CATEGORY_ORDER) {
			const entries = groups[category];
			if (entries.length === 0) continue;
			any = true;
			this.renderGroup(el, category, entries);
		}
		if (!any) el.createDiv({ cls: "arxiv-atlas-empty", text: this.filter.trim() === "" ? "No paper has this reading status yet." : `No keyword matches "${this.filter.trim()}".` });
	}

	private renderEmpty(el: HTMLElement): void {
		const box = el.createDiv({ cls: "arxiv-atlas-empty" });
		box.createEl("p", { text: "No papers in this vault yet." });
		box.createEl("p", {
			text: "Open the import box with the button below, the library icon in the ribbon or the command palette, and paste an arXiv identifier such as 2502.15871. Its keywords appear here.",
		});
		const button = box.createEl("button", { cls: "mod-cta", text: "Import arXiv papers" });
		button.addEventListener("click", () => this.deps.openImport());
	}

	private renderGroup(parent: HTMLElement, category: KeywordCategory, entries: KeywordEntry[]): void {
		const collapsed = this.collapsedGroups.has(category);
		const group = parent.createDiv({ cls: "tree-item arxiv-atlas-group" + (collapsed ? " is-collapsed" : "") });
		const self = group.createDiv({
			cls: "tree-item-self is-clickable mod-collapsible arxiv-atlas-group-title",
			attr: { role: "treeitem", tabindex: "0", "aria-expanded": String(!collapsed), "data-category": category },
		});
		self.appendChild(this.collapseIcon(collapsed));
		self.setAttribute("title", CATEGORY_HELP[category]);
		self.createDiv({ cls: "tree-item-inner", text: CATEGORY_LABELS[category] });
		self.createDiv({ cls: "tree-item-flair-outer" }).createSpan({ cls: "tree-item-flair", text: String(entries.length) });
		self.addEventListener("click", () => {
			if (this.collapsedGroups.has(category)) this.collapsedGroups.delete(category);
			else this.collapsedGroups.add(category);
			this.renderList();
		});
		if (collapsed) return;
		const children = group.createDiv({ cls: "tree-item-children" });
		// The long tail of keywords one paper links is folded away unless asked for, or a filter is typed.
		const rare = entries.filter((e) => e.count <= 1).length;
		const foldable = this.filter.trim() === "" && rare >= RARE_FOLD_MIN && rare < entries.length;
		const folded = foldable && !this.showRare.has(category);
		const shown = folded ? entries.filter((e) => e.count > 1) : entries;
		const limit = this.limits.get(category) ?? PAGE;
		for (const entry of shown.slice(0, limit)) {
			const expanded = this.expanded.has(entry.key);
			const stamp = `${entry.name}\u0000${entry.count}\u0000${entry.path ?? ""}\u0000${expanded ? this.deps.index.graph.version : ""}\u0000${this.status ?? ""}`;
			let item = this.rowCache.get(entry.key)?.stamp === stamp ? this.rowCache.get(entry.key)?.el : undefined;
			if (!item) {
				item = createDiv({ cls: "tree-item" });
				this.keywordRow(item, entry, String(entry.count));
				if (expanded) this.renderPapers(item.createDiv({ cls: "tree-item-children" }), entry);
				this.rowCache.set(entry.key, { stamp, el: item });
			}
			children.appendChild(item);
		}
		if (shown.length > limit) this.moreButton(children, category, shown.length - limit, PAGE);
		if (foldable) {
			const toggle = children.createDiv({
				cls: "tree-item-self is-clickable arxiv-atlas-more arxiv-atlas-rare",
				text: folded ? `and ${plural(rare, "keyword")} of one paper` : "Fold the keywords of one paper",
				attr: { role: "treeitem", tabindex: "0", "aria-expanded": String(!folded) },
			});
			toggle.addEventListener("click", () => {
				if (folded) this.showRare.add(category);
				else this.showRare.delete(category);
				this.renderList();
				this.contentEl.querySelector<HTMLElement>(`.arxiv-atlas-group-title[data-category="${category}"]`)?.closest(".arxiv-atlas-group")?.querySelector<HTMLElement>(".arxiv-atlas-rare")?.focus();
			});
		}
	}

	private moreButton(parent: HTMLElement, key: string, rest: number, page: number): void {
		const more = parent.createDiv({
			cls: "tree-item-self is-clickable arxiv-atlas-more",
			text: rest > page ? `Show ${page} more of ${rest}` : `Show ${rest} more`,
			attr: { role: "treeitem", tabindex: "0" },
		});
		more.addEventListener("click", () => {
			this.limits.set(key, (this.limits.get(key) ?? page) + page);
			this.rowCache.delete(key);
			this.renderList();
		});
	}

	private renderPapers(parent: HTMLElement, entry: KeywordEntry): void {
		const papers = this.deps.index.graph.papersOf(entry.key, this.status);
		const limit = this.limits.get(entry.key) ?? PAPER_PAGE;
		for (const paper of papers.slice(0, limit)) this.paperRow(parent, paper);
		if (papers.length > limit) this.moreButton(parent, entry.key, papers.length - limit, PAPER_PAGE);
		if (papers.length === 0) parent.createDiv({ cls: "arxiv-atlas-muted", text: "No paper links this keyword yet." });
	}

	/** A keyword row of the list: it expands to its papers; Ctrl/Cmd-click opens its note. */
	private keywordRow(item: HTMLElement, entry: KeywordEntry, flair: string): void {
		const expanded = this.expanded.has(entry.key);
		const self = item.createDiv({
			cls: "tree-item-self is-clickable arxiv-atlas-keyword mod-collapsible",
			attr: {
				role: "treeitem",
				tabindex: "0",
				draggable: "true",
				"aria-label": `${entry.name}, ${entry.count} ${entry.count === 1 ? "paper" : "papers"}`,
				"aria-expanded": String(expanded),
				"data-key": entry.key,
			},
		});
		self.appendChild(this.collapseIcon(!expanded));
		self.createDiv({ cls: "tree-item-inner", text: entry.name });
		self.createDiv({ cls: "tree-item-flair-outer" }).createSpan({ cls: "tree-item-flair", text: flair });
		self.addEventListener("click", (evt) => {
			if (entry.path && Keymap.isModEvent(evt)) {
				void this.open(entry.path, evt);
				return;
			}
			this.toggle(entry.key);
		});
		if (entry.path) this.linkBehaviour(self, entry.path);
	}

	/** A paper row: title (two lines, the whole on hover), first author and year, the keywords it shares and the radar's terms when given. */
	private paperRow(parent: HTMLElement, paper: PaperRecord, shared?: readonly KeywordEntry[], why?: readonly string[]): void {
		const self = parent.createDiv({
			cls: "tree-item-self is-clickable arxiv-atlas-paper",
			attr: { role: "treeitem", tabindex: "0", draggable: "true", "aria-label": `Open ${paper.title}`, "data-path": paper.path },
		});
		const inner = self.createDiv({ cls: "tree-item-inner" });
		inner.createDiv({ cls: "arxiv-atlas-paper-title", text: paper.title, attr: { title: paper.title } });
		const meta = [paper.firstAuthor, paper.year].filter((s) => s !== "").join(" · ");
		if (meta !== "") inner.createDiv({ cls: "arxiv-atlas-paper-meta", text: meta });
		if (shared && shared.length > 0) this.chips(inner.createDiv({ cls: "arxiv-atlas-chips mod-small", attr: { "aria-label": "Shared keywords" } }), shared);
		if (why && why.length > 0) inner.createDiv({ cls: "arxiv-atlas-paper-meta arxiv-atlas-paper-why", text: `Also on ${why.join(", ")}` });
		self.addEventListener("click", (evt) => void this.open(paper.path, evt));
		this.linkBehaviour(self, paper.path);
	}

	/** The collapse arrow, built once and copied for every row. */
	private collapseIcon(collapsed: boolean): HTMLElement {
		if (!this.iconTemplate) {
			this.iconTemplate = createDiv({ cls: "tree-item-icon collapse-icon" });
			setIcon(this.iconTemplate, "right-triangle");
		}
		const icon = this.iconTemplate.cloneNode(true) as HTMLElement;
		if (collapsed) icon.addClass("is-collapsed");
		return icon;
	}

	/** Page preview on hover and a link when dragged into a note. */
	private linkBehaviour(el: HTMLElement, path: string): void {
		el.addEventListener("mouseover", (event) => {
			this.app.workspace.trigger("hover-link", { event, source: KEYWORD_VIEW_TYPE, hoverParent: this, targetEl: el, linktext: path, sourcePath: "" });
		});
		el.addEventListener("dragstart", (event) => {
			const file = this.app.vault.getFileByPath(path);
			if (!file || !event.dataTransfer) return;
			event.dataTransfer.setData("text/plain", this.app.fileManager.generateMarkdownLink(file, ""));
			event.dataTransfer.effectAllowed = "copyLink";
		});
	}

	private toggle(key: string): void {
		if (this.expanded.has(key)) this.expanded.delete(key);
		else this.expanded.add(key);
		this.rowCache.delete(key);
		this.renderList();
		this.contentEl.querySelector<HTMLElement>(`.arxiv-atlas-keyword-tree [data-key="${CSS.escape(key)}"]`)?.focus();
	}

	private async open(path: string, evt: MouseEvent | KeyboardEvent): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return;
		await this.app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file);
	}

	/** Up and down move between rows, right and left expand and collapse, Enter opens or expands. */
	private onKey(evt: KeyboardEvent): void {
		const target = evt.target;
		if (!(target instanceof HTMLElement) || !target.hasClass("tree-item-self")) return;
		const rows = Array.from(this.contentEl.querySelectorAll<HTMLElement>(".tree-item-self"));
		const at = rows.indexOf(target);
		const key = target.getAttribute("data-key");
		const path = target.getAttribute("data-path");
		if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
			rows[at + (evt.key === "ArrowDown" ? 1 : -1)]?.focus();
		} else if ((evt.key === "ArrowRight" && key && !this.expanded.has(key)) || (evt.key === "ArrowLeft" && key && this.expanded.has(key))) {
			this.toggle(key);
		} else if (evt.key === "Enter" || evt.key === " ") {
			if (path) void this.open(path, evt);
			else target.click();
		} else {
			return;
		}
		evt.preventDefault();
	}

	/** For tests and the benchmark: whether the list shows the index's current state. */
	isCurrent(): boolean {
		return this.renderedVersion === this.deps.index.graph.version;
	}
}
