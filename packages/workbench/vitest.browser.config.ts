import { defineConfig } from "vitest/config";

// `npm run test:browser -w packages/workbench`: the built workbench in Debian's Chromium, headless,
// served from 127.0.0.1 and opened from file://.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
