import { TEMPLATE_VARIABLES } from "./paper-view";
import { scan, type Tag } from "./scan";
import { closestName } from "./suggest";
import { TemplateError } from "./template-error";
import type { SectionNode, Template, TemplateNode, TemplateVariable, VariableKind } from "./types";

/**
 * Reads a Mustache-style template and checks it against the variables a note can fill, so every
 * mistake is reported (with its line and a fix) before anything is written. Supported: `{{name}}`,
 * `{{a.b}}`, `{{#section}}…{{/section}}`, `{{^inverted}}…{{/inverted}}`, `{{! comment }}`, and inside
 * list sections `{{.}}`, `{{@number}}`, `{{@first}}`, `{{@last}}`; `{{list.length}}` counts a list.
 * `{{{name}}}` and `{{&name}}` are accepted and mean the same as `{{name}}`: nothing is HTML-escaped.
 * Partials and delimiter changes are refused.
 */

/** Names that exist inside a list section, for the current item. */
const LOOP_NAMES: ReadonlyMap<string, VariableKind> = new Map<string, VariableKind>([
	["@number", "text"],
	["@first", "flag"],
	["@last", "flag"],
]);

interface Open {
	tag: Tag;
	node: SectionNode;
	/** What `{{.}}` is inside: the item of a list or the text shown; unset for flags and inverted sections, which keep the outer `{{.}}`. */
	current?: "item" | "text";
}

class Checker {
	private readonly kinds = new Map<string, VariableKind>();
	private readonly exampleList: string;

	constructor(variables: readonly TemplateVariable[]) {
		for (const v of variables) {
			this.kinds.set(v.name, v.kind);
			if (v.kind === "list") this.kinds.set(`${v.name}.length`, "text");
		}
		this.exampleList = variables.find((v) => v.kind === "list")?.name ?? "items";
	}

	/** The kind of what `tag` names where it stands, or a TemplateError saying what to write instead. */
	kindOf(tag: Tag, open: readonly Open[]): VariableKind {
		const { name, line, column } = tag;
		const fail = (message: string): never => {
			throw new TemplateError(message, line, column);
		};
		const written = tag.raw.replace(/\s+/g, " ");
		if (name === "") fail(`empty tag ${written} on line ${line}: put a variable name inside, e.g. {{title}}`);
		const inLoop = open.some((o) => o.current === "item");
		if (name === ".") {
			const current = [...open].reverse().find((o) => o.current !== undefined)?.current;
			if (current === undefined)
				fail(`${written} on line ${line} stands for the current item and only works inside a section such as {{#${this.exampleList}}}{{.}}{{/${this.exampleList}}}`);
			return "text";
		}
		const loopKind = LOOP_NAMES.get(name);
		if (loopKind !== undefined) {
			if (!inLoop) fail(`${written} on line ${line} only works inside a list section such as {{#${this.exampleList}}}{{@number}}. {{.}}{{/${this.exampleList}}}`);
			return loopKind;
		}
		const kind = this.kinds.get(name);
		if (kind !== undefined) return kind;
		const prefix = tag.sigil === "name" ? "" : tag.sigil;
		const suggestion = closestName(name, [...this.kinds.keys(), ...(inLoop ? LOOP_NAMES.keys() : [])]);
		return fail(
			suggestion === undefined
				? `unknown variable {{${prefix}${name}}} on line ${line}: use one of the template variables listed in the settings, e.g. {{title}}`
				: `unknown variable {{${prefix}${name}}} on line ${line}: did you mean {{${prefix}${suggestion}}}?`,
		);
	}
}

function closeSection(tag: Tag, open: Open[]): void {
	const top = open[open.length - 1];
	const { name, line, column } = tag;
	if (top === undefined) {
		throw new TemplateError(`{{/${name}}} on line ${line} closes a section that is not open: remove it, or open the section before it with {{#${name}}}`, line, column);
	}
	if (top.tag.name !== name) {
		const opened = `{{${top.node.inverted ? "^" : "#"}${top.tag.name}}}`;
		throw new TemplateError(`{{/${name}}} on line ${line} does not match ${opened} opened on line ${top.tag.line}: close that one first with {{/${top.tag.name}}}`, line, column);
	}
	open.pop();
}

export function parseTemplate(text: string, variables: readonly TemplateVariable[] = TEMPLATE_VARIABLES): Template {
	const checker = new Checker(variables);
	const root: TemplateNode[] = [];
	const open: Open[] = [];
	const target = (): TemplateNode[] => open[open.length - 1]?.node.children ?? root;
	// Every mistake is collected, so the user fixes them all at once rather than one per attempt.
	const problems: TemplateError[] = [];
	const attempt = (step: () => void): void => {
		try {
			step();
		} catch (error) {
			if (!(error instanceof TemplateError)) throw error;
			problems.push(error);
		}
	};

	for (const token of scan(text)) {
		if (token.kind === "text") {
			target().push({ type: "text", text: token.text });
			continue;
		}
		switch (token.sigil) {
			case "!":
				break;
			case "name":
				attempt(() => {
					if (checker.kindOf(token, open) === "flag") {
						const { name, line, column } = token;
						throw new TemplateError(`{{${name}}} on line ${line} is a yes/no value, not text: use it as a section, {{#${name}}}…{{/${name}}}`, line, column);
					}
					target().push({ type: "variable", name: token.name });
				});
				break;
			case "#":
			case "^": {
				let kind: VariableKind | undefined;
				attempt(() => {
					kind = checker.kindOf(token, open);
				});
				// An unknown section still opens, so what follows is checked against the right structure.
				const node: SectionNode = { type: "section", name: token.name, inverted: token.sigil === "^", children: [] };
				target().push(node);
				const known: VariableKind = kind ?? "text";
				const current = node.inverted || known === "flag" ? undefined : known === "list" ? "item" : "text";
				open.push(current === undefined ? { tag: token, node } : { tag: token, node, current });
				break;
			}
			case "/":
				attempt(() => {
					if (token.name === "") {
						open.pop(); // read as closing the innermost section, so nothing else is reported for it
						throw new TemplateError(`empty tag {{/}} on line ${token.line}: write the name of the section it closes`, token.line, token.column);
					}
					try {
						closeSection(token, open);
					} catch (error) {
						// Read as the writer meant: it closes the section it names (closes swapped in order).
						const at = open.map((o) => o.tag.name).lastIndexOf(token.name);
						if (at >= 0) open.splice(at, 1);
						throw error;
					}
				});
				break;
		}
	}
	for (const { tag, node } of [...open].reverse()) {
		problems.push(new TemplateError(`section {{${node.inverted ? "^" : "#"}${tag.name}}} opened on line ${tag.line} is never closed: add {{/${tag.name}}}`, tag.line, tag.column));
	}
	const [first] = problems;
	if (first && problems.length === 1) throw first;
	if (problems.length > 1) throw new TemplateErrors(problems);
	return { nodes: root };
}

/** Several mistakes: the message lists each on its own line; `line` and `column` are the first one's. */
export class TemplateErrors extends TemplateError {
	constructor(readonly problems: readonly TemplateError[]) {
		super(problems.map((p) => p.message).join("\n"), problems[0]?.line ?? 1, problems[0]?.column ?? 1);
		this.name = "TemplateErrors";
	}
}
