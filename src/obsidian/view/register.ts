import { requireApiVersion, type Plugin, type WorkspaceLeaf } from "obsidian";
import { KeywordIndexService } from "./keyword-index";
import { KEYWORD_VIEW_TYPE, KeywordView, type KeywordViewDeps } from "./keyword-view";

export interface KeywordViewRegistration {
	index: KeywordIndexService;
	/** Shows the keyword view in the right sidebar, opening it there when it is not open yet. */
	activate(): Promise<void>;
}

/** The keyword index, the sidebar view, its command, ribbon action and page-preview source. */
export function registerKeywordView(plugin: Plugin, deps: { keywordsFolder: () => string; openImport: () => void; similar?: KeywordViewDeps["similar"] }): KeywordViewRegistration {
	const { app } = plugin;
	const index = new KeywordIndexService(app, deps.keywordsFolder);
	index.start(plugin);
	plugin.registerView(KEYWORD_VIEW_TYPE, (leaf) => new KeywordView(leaf, { index, openImport: deps.openImport, ...(deps.similar ? { similar: deps.similar } : {}) }));
	plugin.registerHoverLinkSource(KEYWORD_VIEW_TYPE, { display: "arXiv Atlas keywords", defaultMod: true });

	const activate = async (): Promise<void> => {
		const { workspace } = app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(KEYWORD_VIEW_TYPE)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: KEYWORD_VIEW_TYPE, active: true });
		}
		if (requireApiVersion("1.7.2")) {
			await workspace.revealLeaf(leaf);
		} else {
			workspace.setActiveLeaf(leaf, { focus: true });
		}
	};
	plugin.addCommand({ id: "open-keyword-view", name: "Open keyword view", callback: () => void activate() });
	plugin.addRibbonIcon("tags", "Open keyword view", () => void activate());
	return { index, activate };
}
