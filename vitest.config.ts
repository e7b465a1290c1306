import { defineConfig } from "vitest/config";
import { browserProject, coreProject, hostProject } from "./vitest.projects.ts";

export default defineConfig({ test: { projects: [coreProject, hostProject(), browserProject] } });
