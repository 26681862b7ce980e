import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const common = { format: ["esm", "cjs"], target: "node20", clean: false } satisfies Options;

export default defineConfig((cli) => {
  // The two builds below write to dist/ at the same time, so neither may use tsup's `clean` (its
  // declaration build deletes every .d.ts, the other build's included): empty dist/ once, first.
  if (!cli.watch) rmSync("dist", { recursive: true, force: true });
  return [
    {
      ...common,
      // The JavaScript of every entry in one build, so that `index` and `core` (the zod-free
      // subset, src/core.ts) share their chunks: the policy, the data and the engine exist once,
      // whichever entry an app loads, or both. `cli` is the binary.
      entry: { index: "src/index.ts", core: "src/core.ts", cli: "src/cli/main.ts" },
      dts: { entry: { index: "src/index.ts" } },
      sourcemap: true,
      treeshake: true,
      splitting: true,
    },
    {
      ...common,
      // The declarations of `core` in a build of their own, so that dist/index.d.ts and
      // dist/core.d.ts are each complete, not split into a shared declaration chunk.
      entry: { core: "src/core.ts" },
      dts: { only: true, entry: { core: "src/core.ts" } },
    },
  ];
});
