/**
 * Obsidian's Setting with Obsidian's DOM: `.setting-item` holding `.setting-item-info` (name,
 * description) before `.setting-item-control`, so tests can find a row by its name. The mocks
 * use bare divs with the control first. The components it adds are fixed in patches.ts.
 */
import { Setting as MockSetting } from "obsidian-test-mocks/obsidian";

export class Setting extends MockSetting {
	constructor(containerEl: HTMLElement) {
		super(containerEl);
		this.settingEl.addClass("setting-item");
		this.infoEl.addClass("setting-item-info");
		this.nameEl.addClass("setting-item-name");
		this.descEl.addClass("setting-item-description");
		this.controlEl.addClass("setting-item-control");
		this.settingEl.insertBefore(this.infoEl, this.controlEl);
	}
}
