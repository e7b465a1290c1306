import type { Template, TemplateNode } from "./types";

/** Every variable and section name a template uses. */
export function namesUsed(template: Template): Set<string> {
	const names = new Set<string>();
	const walk = (nodes: readonly TemplateNode[]): void => {
		for (const node of nodes) {
			if (node.type === "variable") names.add(node.name);
			if (node.type === "section") {
				names.add(node.name);
				walk(node.children);
			}
		}
	};
	walk(template.nodes);
	return names;
}

/**
 * Which list notes a paper note laid out with this template links in its body: category notes and
 * the daily note are linked only from the body (keywords and authors are linked from properties too).
 */
export function bodyLinks(template: Template): { categories: boolean; daily: boolean } {
	const names = namesUsed(template);
	return { categories: names.has("links") || names.has("category_links"), daily: names.has("links") || names.has("daily_link") };
}
