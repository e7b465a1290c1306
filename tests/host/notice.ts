/**
 * Obsidian's Notice, recorded: every notice and every text it showed can be read back with
 * `notices()` (tests/host/state.ts). Like Obsidian, the notice is shown in document.body, a
 * `duration` of 0 keeps it until hide(), and any other duration hides it after that many ms.
 * obsidian-test-mocks 3.11.0 records nothing, treats a missing duration as 0, and hide() does nothing.
 */
import { Notice as MockNotice } from "obsidian-test-mocks/obsidian";
import { noticeRecord, recordNotice } from "./state";

/** obsidian.d.ts documents no default; the host hides a notice without a duration after 5 s. */
export const DEFAULT_NOTICE_DURATION_MS = 5000;

function textOf(message: string | DocumentFragment): string {
	return typeof message === "string" ? message : (message.textContent ?? "");
}

function noticeContainer(): HTMLElement {
	const existing = document.body.querySelector<HTMLElement>(":scope > .notice-container");
	if (existing) return existing;
	const container = document.createElement("div");
	container.className = "notice-container";
	document.body.appendChild(container);
	return container;
}

export class Notice extends MockNotice {
	// Initialised, because the mocks' strict proxy throws on reading a property that was never set.
	private hideTimer__: ReturnType<typeof setTimeout> | undefined = undefined;

	constructor(message: string | DocumentFragment, duration?: number) {
		super(message, duration);
		this.containerEl.addClass("notice");
		this.messageEl.addClass("notice-message");
		noticeContainer().appendChild(this.containerEl);
		recordNotice({ notice: this, message: textOf(message), messages: [textOf(message)], duration, hidden: false });
		const ms = duration ?? DEFAULT_NOTICE_DURATION_MS;
		if (ms > 0) this.hideTimer__ = setTimeout(() => this.hide(), ms);
	}

	setMessage(message: string | DocumentFragment): this {
		super.setMessage(message);
		const record = noticeRecord(this);
		if (record) {
			record.message = textOf(message);
			record.messages.push(record.message);
		}
		return this;
	}

	hide(): void {
		if (this.hideTimer__ !== undefined) clearTimeout(this.hideTimer__);
		this.hideTimer__ = undefined;
		const record = noticeRecord(this);
		if (record) record.hidden = true;
		this.containerEl.remove();
	}
}
