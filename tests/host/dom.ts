/**
 * DOM helpers for driving plugin UI in happy-dom the way a user would: the components react to
 * real DOM events (see patches.ts), so these only set values and dispatch events.
 */

/** Types `text` into an input or textarea (replacing its value) and fires "input", as typing does. */
export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
	el.focus();
	el.value = text;
	el.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Sets a select, checkbox-less input or slider and fires "input" then "change", as the browser does. */
export function changeValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
	el.dispatchEvent(new Event("change", { bubbles: true }));
}

export function click(el: Element): void {
	if (!(el instanceof HTMLElement)) throw new Error("click(): not an HTML element");
	el.click();
}

/** Fires keydown (and keyup) for `key`, e.g. pressKey(textarea, "Enter", { ctrlKey: true }). */
export function pressKey(el: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const down = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
	el.dispatchEvent(down);
	el.dispatchEvent(new KeyboardEvent("keyup", { key, bubbles: true, cancelable: true, ...init }));
	return down;
}

/** Text content with runs of white space collapsed. */
export function textOf(el: Element): string {
	return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}

function matches(text: string, wanted: string | RegExp): boolean {
	return typeof wanted === "string" ? text === wanted : wanted.test(text);
}

/** The button whose text (or aria-label) is `text`; throws listing the buttons when there is none. */
export function findButton(root: ParentNode, text: string | RegExp): HTMLButtonElement {
	const buttons = [...root.querySelectorAll("button")];
	const found = buttons.find((b) => matches(textOf(b), text) || matches(b.getAttribute("aria-label") ?? "", text));
	if (!found) throw new Error(`no button ${String(text)} (buttons: ${buttons.map((b) => JSON.stringify(textOf(b))).join(", ") || "none"})`);
	return found;
}

/** The `.setting-item` whose name is `name` (as made by `new Setting(el).setName(name)`). */
export function findSetting(root: ParentNode, name: string | RegExp): HTMLElement {
	const items = [...root.querySelectorAll<HTMLElement>(".setting-item")];
	const found = items.find((item) => {
		const nameEl = item.querySelector(".setting-item-name");
		return nameEl !== null && matches(textOf(nameEl), name);
	});
	if (!found) {
		const names = items.map((i) => JSON.stringify(textOf(i.querySelector(".setting-item-name") ?? i))).join(", ");
		throw new Error(`no setting ${String(name)} (settings: ${names || "none"})`);
	}
	return found;
}

/** The first element matching `selector` under `root`; throws when there is none. */
export function $<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
	const el = root.querySelector<E>(selector);
	if (!el) throw new Error(`nothing matches ${selector}`);
	return el;
}
