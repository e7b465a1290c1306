import { defineConfig } from "vitest/config";
import { hostProject } from "../vitest.projects.ts";

// npm run bench:view only: the keyword view and editor marks on a 10,000-paper vault in the Obsidian host.
export default defineConfig({ test: { projects: [{ ...hostProject(["scripts/bench-view.measure.ts"]), test: { ...hostProject(["scripts/bench-view.measure.ts"]).test, root: ".", testTimeout: 600_000 } }] } });
