import { requireApiVersion, SecretComponent, type App } from "obsidian";
import {
	baseUrlFor,
	DEFAULT_BASE_URLS,
	EXAMPLE_MODELS,
	MAX_CONCURRENCY,
	needsApiKey,
	PROVIDER_KINDS,
	PROVIDER_LABELS,
	TARGET_LANGUAGES,
	wantsTranslation,
	type EnrichConfig,
	type EnrichOutputs,
	type ProviderKind,
} from "../core/enrich/config";
import type { SettingsStore } from "./settings-store";
import type { AtlasSettings } from "../core/settings";
import { addSliderWithValue } from "./slider-with-value";
import type { SettingsRows } from "./settings-rows";

/** The "Language model" section of the settings tab. `redraw` re-renders the tab (fields depend on the provider). */
export function renderLlmSettings(
	rows: SettingsRows,
	app: App,
	store: SettingsStore,
	testConnection: () => Promise<{ ok: boolean; message: string }>,
	redraw: () => void,
): void {
	const s = (): AtlasSettings => store.get();
	const config = (): EnrichConfig => store.get().enrich;
	const update = (change: Partial<EnrichConfig>): Promise<void> => store.update({ enrich: { ...store.get().enrich, ...change } });

	rows.heading("Language model");
	rows.add("Provider", "Adds a translation, a summary and key points to each paper. A local server keeps everything on your machine. With none, notes use arXiv data and offline keywords only.", (setting) =>
		setting.addDropdown((d) => {
			for (const kind of PROVIDER_KINDS) d.addOption(kind, PROVIDER_LABELS[kind]);
			d.setValue(config().provider).onChange(async (value) => {
				await update({ provider: PROVIDER_KINDS.find((k) => k === value) ?? "none" });
				redraw();
			});
		}),
	);
	const chosen = config().provider;
	if (chosen === "none") return;
	const provider: Exclude<ProviderKind, "none"> = chosen;

	rows.add("Model", "The model name as the provider knows it.", (setting) =>
		setting.addText((t) => t.setPlaceholder(EXAMPLE_MODELS[provider]).setValue(config().model).onChange(async (value) => update({ model: value.trim() }))),
	);
	rows.add("Base URL", `Where requests go. Empty: ${DEFAULT_BASE_URLS[provider]}`, (setting) =>
		setting.addText((t) => t.setPlaceholder(DEFAULT_BASE_URLS[provider]).setValue(config().baseUrl).onChange(async (value) => update({ baseUrl: value.trim() }))),
	);

	if (requireApiVersion("1.11.4")) {
		const desc = needsApiKey(provider) ? "Kept in Obsidian's secret storage on this device, never in the plugin's data or your notes." : "Only if your local server asks for one. Kept in Obsidian's secret storage.";
		rows.add("API key", desc, (setting) =>
			setting.addComponent((el) =>
				new SecretComponent(app, el).setValue(s().enrichKeySecret).onChange(async (value) => {
					await store.update({ enrichKeySecret: value });
				}),
			),
		);
	} else {
		rows.add("API key", "This version of Obsidian has no secret storage, so the key is saved in the plugin's data.json and travels with a synced vault. Update Obsidian to 1.11.4 or later to keep it in the device's keychain.", (setting) => {
			setting.addText((t) => {
				t.inputEl.type = "password";
				t.setValue(s().enrichApiKeyFallback).onChange(async (value) => store.update({ enrichApiKeyFallback: value.trim() }));
			});
			setting.descEl.addClass("mod-warning");
		});
	}

	// One control for the translation: the language, or None (the translation output follows it).
	rows.add("Translate the title and abstract into", "None: no translation.", (setting) =>
		setting.addDropdown((d) => {
			for (const language of TARGET_LANGUAGES) d.addOption(language, language === "none" ? "None" : language);
			d.setValue(wantsTranslation(config()) ? config().targetLanguage : "none").onChange(async (value) =>
				update({ targetLanguage: value, outputs: { ...store.get().enrich.outputs, translation: value !== "none" } }),
			);
		}),
	);

	const output = (key: keyof EnrichOutputs, name: string, desc: string): void => {
		rows.add(name, desc, (setting) =>
			setting.addToggle((t) => t.setValue(config().outputs[key]).onChange(async (value) => update({ outputs: { ...store.get().enrich.outputs, [key]: value } }))),
		);
	};
	output("summary", "Summary", "A short summary of the paper.");
	output("keyPoints", "Key points", "Three to seven key points.");
	output("keywords", "Keyword categories", "Keywords chosen and categorised by the model, linked like the offline ones.");

	rows.add("Requests at once", "How many papers are sent to the model at the same time.", (setting) =>
		addSliderWithValue(setting, { min: 1, max: MAX_CONCURRENCY, step: 1, value: config().concurrency, onChange: (value) => update({ concurrency: value }) }),
	);
	rows.add("Timeout", "How long to wait for one answer.", (setting) =>
		addSliderWithValue(setting, {
			min: 10,
			max: 600,
			step: 10,
			value: Math.round(config().timeoutMs / 1000),
			format: (value) => `${value} s`,
			onChange: (value) => update({ timeoutMs: value * 1000 }),
		}),
	);

	rows.add("Test connection", `Sends one tiny request to ${baseUrlFor(config())}.`, (test) =>
		test.addButton((b) =>
			b.setButtonText("Test").onClick(async () => {
				b.setDisabled(true);
				test.descEl.setText("Testing…");
				const report = await testConnection();
				test.descEl.setText(report.message);
				test.descEl.toggleClass("mod-warning", !report.ok);
				b.setDisabled(false);
			}),
		),
	);
}
