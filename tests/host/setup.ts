/**
 * Setup file of the "host" vitest project: Obsidian's DOM helpers and globals (createEl,
 * createDiv, activeDocument, …, from obsidian-test-mocks), the host's fixes, and a clean slate
 * before every test (no notices, modals, request handler or recorded requests; default Platform;
 * an empty document body).
 */
import { setup } from "obsidian-test-mocks/setup";
import { afterEach, beforeEach } from "vitest";
import "./obsidian";
import { resetHostState } from "./state";

setup();

function noNetwork(input: unknown): Promise<never> {
	const url = typeof input === "string" ? input : input instanceof URL ? input.href : input instanceof Request ? input.url : String(input);
	return Promise.reject(new Error(`no network in tests: fetch(${url}); plugin code uses requestUrl, faked by setRequestHandler`));
}

beforeEach(() => {
	resetHostState();
	document.body.innerHTML = "";
	globalThis.fetch = noNetwork;
	window.fetch = noNetwork;
});

afterEach(() => {
	resetHostState();
});
