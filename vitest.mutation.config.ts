import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant (`npm run test:mutation`, stryker.config.json): the
// example and table tests of the engine, the controls and classification. They run in seconds, and
// are what kills the mutants of src/evaluate.ts, src/engine, src/controls, src/classification and
// src/decision/outcome.ts; the invariant property tests (test/invariants) check the same code far
// more slowly and are left to `npm test`. No type checking: a mutant changes values, not types.
export default defineConfig({
  test: {
    include: ["test/engine/**/*.test.ts", "test/controls/**/*.test.ts", "test/classification/**/*.test.ts"],
    // It also runs the built CLI (dist/cli.js), which Stryker's sandbox does not have; its in-process
    // checks of the scheme's wording stay in `npm test`.
    exclude: ["test/classification/scheme-wording.test.ts"],
  },
});
