/** The test host's helpers (the faked `obsidian` module itself is ./obsidian.ts). */
export { createHost, DEFAULT_MANIFEST, setPlatform, type CommandContext, type Host, type HostOptions, type PluginClass } from "./host";
export { $, changeValue, click, findButton, findSetting, pressKey, textOf, typeInto } from "./dom";
export {
	clearRequestHandler,
	isRequestUrlError,
	requests,
	setRequestHandler,
	type FakeResponse,
	type RecordedRequest,
	type RequestHandler,
	type RequestUrlError,
} from "./http";
export { modalsOpened, notices, openModals, settle, topModal, visibleNotices, type NoticeRecord, type OpenModal, type RibbonIcon } from "./state";
export { loadPluginBundle, type BundledPluginClass } from "./load-plugin-bundle";
export { DEFAULT_NOTICE_DURATION_MS } from "./notice";
export type { LinkSettings, NewLinkFormat } from "./links";
