import { defineConfig } from "tsup";

// The library (ESM + CJS + declarations) and the CLI (ESM). The library itself is external: it is
// a dependency, loaded by its name. fflate and zod are dependencies too.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
