import { requireApiVersion, SecretComponent, Setting, type App } from "obsidian";
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
import { addSliderWithValue } from "./slider-with-value";

/** The "Language model" section of the settings tab. `redraw` re-renders the tab (fields depend on the provider). */
export function renderLlmSettings(
	containerEl: HTMLElement,
	app: App,
	store: SettingsStore,
	testConnection: () => Promise<{ ok: boolean; message: string }>,
	redraw: () => void,
): void {
	const s = store.get();
	const config = s.enrich;
	const update = (change: Partial<EnrichConfig>): Promise<void> => store.update({ enrich: { ...store.get().enrich, ...change } });

	new Setting(containerEl).setName("Language model").setHeading();
	new Setting(containerEl)
		.setName("Provider")
		.setDesc("Adds a translation, a summary and key points to each paper. A local server keeps everything on your machine. With none, notes use arXiv data and offline keywords only.")
		.addDropdown((d) => {
			for (const kind of PROVIDER_KINDS) d.addOption(kind, PROVIDER_LABELS[kind]);
			d.setValue(config.provider).onChange(async (value) => {
				await update({ provider: PROVIDER_KINDS.find((k) => k === value) ?? "none" });
				redraw();
			});
		});
	if (config.provider === "none") return;
	const provider: Exclude<ProviderKind, "none"> = config.provider;

	new Setting(containerEl)
		.setName("Model")
		.setDesc("The model name as the provider knows it.")
		.addText((t) => t.setPlaceholder(EXAMPLE_MODELS[provider]).setValue(config.model).onChange(async (value) => update({ model: value.trim() })));
	new Setting(containerEl)
		.setName("Base URL")
		.setDesc(`Where requests go. Empty: ${DEFAULT_BASE_URLS[provider]}`)
		.addText((t) => t.setPlaceholder(DEFAULT_BASE_URLS[provider]).setValue(config.baseUrl).onChange(async (value) => update({ baseUrl: value.trim() })));

	const keySetting = new Setting(containerEl).setName("API key");
	if (requireApiVersion("1.11.4")) {
		keySetting
			.setDesc(needsApiKey(provider) ? "Kept in Obsidian's secret storage on this device, never in the plugin's data or your notes." : "Only if your local server asks for one. Kept in Obsidian's secret storage.")
			.addComponent((el) =>
				new SecretComponent(app, el).setValue(s.enrichKeySecret).onChange(async (value) => {
					await store.update({ enrichKeySecret: value });
				}),
			);
	} else {
		keySetting
			.setDesc("This version of Obsidian has no secret storage, so the key is saved in the plugin's data.json and travels with a synced vault. Update Obsidian to 1.11.4 or later to keep it in the device's keychain.")
			.addText((t) => {
				t.inputEl.type = "password";
				t.setValue(s.enrichApiKeyFallback).onChange(async (value) => store.update({ enrichApiKeyFallback: value.trim() }));
			});
		keySetting.descEl.addClass("mod-warning");
	}

	// One control for the translation: the language, or None (the translation output follows it).
	new Setting(containerEl)
		.setName("Translate the title and abstract into")
		.setDesc("None: no translation.")
		.addDropdown((d) => {
			for (const language of TARGET_LANGUAGES) d.addOption(language, language === "none" ? "None" : language);
			d.setValue(wantsTranslation(config) ? config.targetLanguage : "none").onChange(async (value) =>
				update({ targetLanguage: value, outputs: { ...store.get().enrich.outputs, translation: value !== "none" } }),
			);
		});

	const output = (key: keyof EnrichOutputs, name: string, desc: string): void => {
		new Setting(containerEl)
			.setName(name)
			.setDesc(desc)
			.addToggle((t) => t.setValue(config.outputs[key]).onChange(async (value) => update({ outputs: { ...store.get().enrich.outputs, [key]: value } })));
	};
	output("summary", "Summary", "A short summary of the paper.");
	output("keyPoints", "Key points", "Three to seven key points.");
	output("keywords", "Keyword categories", "Keywords chosen and categorised by the model, linked like the offline ones.");

	addSliderWithValue(new Setting(containerEl).setName("Requests at once").setDesc("How many papers are sent to the model at the same time."), {
		min: 1,
		max: MAX_CONCURRENCY,
		step: 1,
		value: config.concurrency,
		onChange: (value) => update({ concurrency: value }),
	});
	addSliderWithValue(new Setting(containerEl).setName("Timeout").setDesc("How long to wait for one answer."), {
		min: 10,
		max: 600,
		step: 10,
		value: Math.round(config.timeoutMs / 1000),
		format: (value) => `${value} s`,
		onChange: (value) => update({ timeoutMs: value * 1000 }),
	});

	const test = new Setting(containerEl).setName("Test connection").setDesc(`Sends one tiny request to ${baseUrlFor(config)}.`);
	test.addButton((b) =>
		b.setButtonText("Test").onClick(async () => {
			b.setDisabled(true);
			test.setDesc("Testing…");
			const report = await testConnection();
			test.setDesc(report.message);
			test.descEl.toggleClass("mod-warning", !report.ok);
			b.setDisabled(false);
		}),
	);
}
