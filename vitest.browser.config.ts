import { defineConfig } from "vitest/config";

// `npm run test:browser`: the documentation site in a real browser (test/browser/), Debian's
// Chromium headless with fonts-noto-cjk. Kept out of `npm test` (vitest.config.ts excludes
// test/browser/), which needs Node only.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    // The test builds the site (`npm run docs`) when it is missing or stale, then drives the browser.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
