import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant (`npm run test:mutation`, stryker.config.json): the
// example and table tests of the engine, the controls and classification, and the other fast,
// hermetic tests that exercise the same code through the public API (the guard through
// `safeEvaluate` in test/validation, exceptions, audits, overlays, and the quick invariants). They
// run in seconds, and are what kills the mutants of src/evaluate.ts, src/engine, src/controls,
// src/classification and src/decision/outcome.ts. Left to `npm test`: tests that need the build
// (dist/) or spawn the CLI, which Stryker's sandbox lacks, and the slow property tests (most of
// test/invariants), which check the same code far more slowly: with per-test coverage each one
// would run against nearly every mutant. No type checking: a mutant changes values, not types.
export default defineConfig({
  test: {
    include: [
      "test/engine/**/*.test.ts",
      "test/controls/**/*.test.ts",
      "test/classification/**/*.test.ts",
      "test/validation/**/*.test.ts",
      "test/exceptions/**/*.test.ts",
      "test/internal/**/*.test.ts",
      "test/audit/**/*.test.ts",
      "test/overlay/**/*.test.ts",
      // The quick invariants (about a second each).
      "test/invariants/05-outcome-aggregation.test.ts",
      "test/invariants/10-policy-deeply-frozen.test.ts",
      "test/invariants/12-nothing-outside-the-input.test.ts",
      "test/invariants/dates.test.ts",
      "test/invariants/known-bugs.test.ts",
    ],
    exclude: [
      // Both also run the built CLI (dist/cli.js), which Stryker's sandbox does not have; their
      // in-process checks stay in `npm test`.
      "test/classification/scheme-wording.test.ts",
      "test/validation/issue-messages.test.ts",
      // A property test of 8 s: every overlay mutant would wait for it.
      "test/overlay/invariant-09-overlay-never-weakens.test.ts",
    ],
    // The machine is shared (four jobs on two cores): the 5 s default failed the dry run under load
    // (test/controls/verdict-identity took 5.6 s). Stryker's own timeoutMS still catches a mutant
    // that loops.
    testTimeout: 60_000,
  },
});
