import { inject, vi } from "vitest";

// A setup file of the mutation runs (vitest.mutation.config.ts), run before each test file in the
// one worker the files share. It gives each file what isolation would:
// - src/ imported afresh (the module registry reset; node_modules, which no mutant touches, stay
//   loaded), so no cache of the engine (compiled policies per policy object, the default
//   classification scheme) carries a result from one file, or one mutant's run, into the next, and
//   each file's per-test coverage in the dry run is what it would be alone;
// - no mutant active while the file imports, as in a fresh worker: Stryker activates the run's
//   mutant in a beforeAll, and until then its namespace on globalThis would still hold the mutant
//   of the previous run.
// Stryker's vitest runner provides these values; under plain vitest they are undefined.
const provided = inject as unknown as (key: string) => unknown;
vi.resetModules();
const namespace = provided("globalNamespace");
const shared = globalThis as Record<string, { activeMutant?: unknown } | undefined>;
if (provided("mode") === "mutant" && provided("mutantActivation") === "runtime" && typeof namespace === "string" && shared[namespace] !== undefined) shared[namespace].activeMutant = undefined;
