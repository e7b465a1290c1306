import type { Template, TemplateNode, TemplateValue, TemplateView } from "./types";

/**
 * Fills a parsed template from a view. Values are written exactly as they are: the engine escapes
 * nothing (no HTML escaping as in Mustache), because the paper view already holds Markdown made safe
 * by the note renderer. Lists print as their items joined by ", ".
 */

interface Frame {
	value: TemplateValue;
	loop?: { index: number; count: number };
}

const isView = (value: TemplateValue): value is TemplateView => typeof value === "object" && !Array.isArray(value);

const hasOwn = (view: TemplateView, key: string): boolean => Object.prototype.hasOwnProperty.call(view, key);

function member(value: TemplateValue, key: string): TemplateValue {
	if (Array.isArray(value)) return key === "length" ? value.length : undefined;
	if (value !== undefined && isView(value) && hasOwn(value, key)) return value[key];
	return undefined;
}

function lookup(name: string, frames: readonly Frame[]): TemplateValue {
	const top = frames[frames.length - 1];
	if (name === ".") return top?.value;
	if (name.startsWith("@")) {
		const loop = [...frames].reverse().find((f) => f.loop)?.loop;
		if (!loop) return undefined;
		if (name === "@number") return loop.index + 1;
		if (name === "@first") return loop.index === 0;
		if (name === "@last") return loop.index === loop.count - 1;
		return undefined;
	}
	const [head = "", ...rest] = name.split(".");
	for (let i = frames.length - 1; i >= 0; i--) {
		const value = frames[i]?.value;
		if (value === undefined || !isView(value) || !hasOwn(value, head)) continue;
		return rest.reduce<TemplateValue>((v, key) => member(v, key), value[head]);
	}
	return undefined;
}

function show(value: TemplateValue): string {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (Array.isArray(value)) return value.map(show).join(", ");
	return "";
}

function truthy(value: TemplateValue): boolean {
	if (Array.isArray(value)) return value.length > 0;
	return Boolean(value);
}

function renderNodes(nodes: readonly TemplateNode[], frames: Frame[], out: string[]): void {
	for (const node of nodes) {
		if (node.type === "text") out.push(node.text);
		else if (node.type === "variable") out.push(show(lookup(node.name, frames)));
		else {
			const value = lookup(node.name, frames);
			if (node.inverted) {
				if (!truthy(value)) renderNodes(node.children, frames, out);
			} else if (Array.isArray(value)) {
				const items: readonly TemplateValue[] = value;
				items.forEach((item, index) => renderNodes(node.children, [...frames, { value: item, loop: { index, count: items.length } }], out));
			} else if (value === true) {
				// A flag shows its block and leaves `{{.}}` as it was.
				renderNodes(node.children, frames, out);
			} else if (truthy(value)) {
				renderNodes(node.children, [...frames, { value }], out);
			}
		}
	}
}

export function renderTemplate(template: Template, view: TemplateView): string {
	const out: string[] = [];
	renderNodes(template.nodes, [{ value: view }], out);
	return out.join("");
}
