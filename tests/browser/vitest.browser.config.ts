import { defineConfig } from "vitest/config";
import { browserProject } from "../../vitest.projects.ts";

// npm run test:browser: only the browser tests (npm test runs them too).
export default defineConfig({ test: { projects: [browserProject] } });
