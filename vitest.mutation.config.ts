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
//
// Why two projects. Stryker runs the tests that cover a mutant, in one vitest worker; isolated
// (vitest's default), every test file starts a fresh worker and imports zod, fast-check and vitest
// again, about 0.45 s of CPU a file, and a mutant of the engine is covered by some 17 files: that was
// most of the ~3 s a mutant cost. So the files share one worker (`isolate: false`), and a setup file
// resets the module registry before each file (as isolation does inside a worker), so every file
// imports src/ afresh: the engine's caches (compiled policies per policy object, the default
// classification scheme) never carry a result computed under one mutant, or before the dry run's
// per-test coverage, into another file or another mutant's run. What the shared worker keeps are
// node_modules, which no mutant touches. Invariant 12 stays isolated: its property test sets and
// deletes Object.prototype properties thousands of times, and in a worker that has loaded every other
// file V8 makes each such change so costly that the test ran 200 s instead of 1 s.
const include = [
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
  "test/invariants/dates.test.ts",
  "test/invariants/known-bugs.test.ts",
];
const isolated = ["test/invariants/12-nothing-outside-the-input.test.ts"];
const exclude = [
  // Both also run the built CLI (dist/cli.js), which Stryker's sandbox does not have; their
  // in-process checks stay in `npm test` (the tests of schemeWording, schemeRewording and
  // rewordForScheme alone are in test/classification/scheme-wording-functions.test.ts, which runs here).
  "test/classification/scheme-wording.test.ts",
  "test/validation/issue-messages.test.ts",
  // A property test of 8 s: every overlay mutant would wait for it.
  "test/overlay/invariant-09-overlay-never-weakens.test.ts",
];
// The machine is shared (four jobs on two cores): the 5 s default failed the dry run under load
// (test/controls/verdict-identity took 5.6 s). Stryker's own timeoutMS still catches a mutant that
// loops.
const testTimeout = 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "shared-worker",
          include,
          exclude: [...exclude, ...isolated],
          testTimeout,
          isolate: false,
          setupFiles: ["test/support/fresh-modules-per-file.ts"],
        },
      },
      { test: { name: "isolated", include: isolated, testTimeout } },
    ],
  },
});
