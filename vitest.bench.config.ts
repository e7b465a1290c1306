import { defineConfig } from "vitest/config";
import { hostProject } from "./vitest.projects.ts";

// `npm run bench` only: the measuring files that `npm test` leaves out, in the Obsidian host.
export default defineConfig({ test: { projects: [hostProject(["tests/bench/*.measure.ts"])] } });
