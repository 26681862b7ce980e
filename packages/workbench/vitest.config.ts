import { defineConfig } from "vitest/config";

// `npm test -w packages/workbench`: the workbench's logic in Node (no DOM). The browser tests
// (test/browser/) run under `npm run test:browser`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/browser/**"],
    testTimeout: 60_000,
  },
});
