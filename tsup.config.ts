import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

// get-east-asian-width (the East Asian Width table of src/report/display-width.ts) is a
// devDependency bundled into dist, so that the package's only runtime dependency stays zod (ts-pattern
// is a devDependency since no shipped code imports it: see src/overlay/compile-rule.ts).
//
// `charset: "utf8"` writes the Japanese of the policy, the catalog and the glossary as UTF-8
// instead of `\uXXXX` escapes (esbuild's default): the core chunk is a fifth smaller, and every
// import reads and parses that much less.
//
// Cold import (issue 14; bench/README.md has the numbers). Two build-side ideas were measured and
// left out:
// - Minifying the dist: esbuild's `minifyWhitespace` drops the `/* @__PURE__ */` annotations, so
//   an app's bundler could no longer drop the unused frozen data (`npm run size` grew by 3–4 kB
//   gzipped, over its limits), and the parse time it saved (a sixth of the bytes) was within the
//   noise of the cold-import measurement. Unminified, stack traces stay readable without a map.
// - Writing the large data literals (clauses, measures, terms, threats) as `JSON.parse('…')`:
//   about 0.3–0.5 ms less per import (2–3 %), but its quoted keys cost an app's bundle 1.5 kB
//   gzipped, over the 58 kB limit of `{ evaluate }`.
const common = { target: "node20", clean: false, noExternal: ["get-east-asian-width"], esbuildOptions: (options) => {
  options.charset = "utf8";
} } satisfies Options;

export default defineConfig((cli) => {
  // The builds below write to dist/ at the same time, so none may use tsup's `clean` (its
  // declaration build deletes every .d.ts, another build's included): empty dist/ once, first.
  if (!cli.watch) rmSync("dist", { recursive: true, force: true });
  return [
    {
      ...common,
      format: ["esm"],
      // The ES modules of every entry in one build, so that `index` and `core` (the zod-free
      // subset, src/core.ts) share their chunks: the policy, the data and the engine exist once,
      // whichever entry an app loads, or both. `cli` is the binary (`bin`, ESM only: nothing
      // requires it).
      //
      // `internal/index` is src/index.ts a second time, a build device that never ships: code
      // reached from two entries goes into shared chunks, so dist/index.js holds only re-exports
      // and the zod schemas sit in a chunk of their own. A bundler (sideEffects: false) then drops
      // that chunk, and zod with it, from an app that imports only `{ evaluate }` from the main
      // entry; were that code inside dist/index.js itself, its top-level `z.object(…)` calls would
      // pin zod in. `npm run size` measures it. scripts/after-build.mjs deletes dist/internal/,
      // which nothing imports (the chunks do not import their entries).
      entry: { index: "src/index.ts", core: "src/core.ts", cli: "src/cli/main.ts", server: "src/server/index.ts", "internal/index": "src/index.ts" },
      // `server` is the decision service (`@miyagi-kouiki/infosec-policy/server`, Node only; its
      // CommonJS is in the next build, its declarations in a build of their own, below).
      dts: { entry: { index: "src/index.ts" } },
      sourcemap: true,
      treeshake: true,
      splitting: true,
      // Deletes dist/internal/, then writes the JSON Schemas of dist/schemas/, generated from the
      // built entry's zod schemas (never written by hand), so that every build ships them.
      onSuccess: "node scripts/after-build.mjs",
      // (`npm run build` then runs scripts/document-declarations.mjs, which writes each zod field's
      // description into the .d.ts files: tsup has no hook after its declaration build.)
    },
    {
      ...common,
      format: ["cjs"],
      // The CommonJS of the package entries (`require`): they share their chunks too.
      entry: { index: "src/index.ts", core: "src/core.ts", server: "src/server/index.ts" },
      dts: { entry: { index: "src/index.ts" } },
      sourcemap: true,
      treeshake: true,
      splitting: true,
    },
    {
      ...common,
      format: ["esm", "cjs"],
      // The declarations of `core` in a build of their own, so that dist/index.d.ts and
      // dist/core.d.ts are each complete, not split into a shared declaration chunk.
      entry: { core: "src/core.ts" },
      dts: { only: true, entry: { core: "src/core.ts" } },
    },
    {
      ...common,
      format: ["esm", "cjs"],
      // The declarations of the decision service's entry (`./server`), complete in one file each
      // for import and require.
      entry: { server: "src/server/index.ts" },
      dts: { only: true, entry: { server: "src/server/index.ts" } },
    },
  ];
});
