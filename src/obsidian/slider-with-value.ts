import { requireApiVersion, type Setting } from "obsidian";

export interface SliderOptions {
	min: number;
	max: number;
	step: number;
	value: number;
	/** How the value reads beside the slider ("30 s"); the number itself by default. */
	format?: (value: number) => string;
	onChange: (value: number) => Promise<unknown>;
}

/**
 * A slider that shows its value beside it, updated while it is dragged: Obsidian 1.13 and later show
 * it inline themselves (formatted with setDisplayFormat); on older versions a label of ours does.
 */
export function addSliderWithValue(setting: Setting, options: SliderOptions): void {
	const format = options.format ?? String;
	if (requireApiVersion("1.13.0")) {
		setting.addSlider((slider) =>
			slider
				.setLimits(options.min, options.max, options.step)
				.setDisplayFormat(format)
				.setValue(options.value)
				.onChange(async (value) => options.onChange(value)),
		);
		return;
	}
	const label = setting.controlEl.createSpan({ cls: "arxiv-atlas-slider-value", text: format(options.value) });
	setting.addSlider((slider) => {
		slider
			.setLimits(options.min, options.max, options.step)
			.setValue(options.value)
			.onChange(async (value) => {
				label.setText(format(value));
				await options.onChange(value);
			});
		slider.sliderEl.addEventListener("input", () => label.setText(format(Number(slider.sliderEl.value))));
	});
}
