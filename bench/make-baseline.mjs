/**
 * Builds the comparison engine the benchmark measures against: the sources of a given commit
 * (default: the engine as it was before issue 14, commit d64df0a) bundled by esbuild into one
 * ES module, `bench/baseline/engine.js`, with zod and ts-pattern left as imports (so they resolve
 * from this project's node_modules, as the package's own do).
 *
 *   node bench/make-baseline.mjs [commit]
 *
 * The output is committed, so a fresh clone needs nothing but `npm ci` to run `npm run bench`;
 * re-run this only to move the baseline to another commit. It reads the commit with `git archive`
 * (no network) and uses the esbuild that tsup brings.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const commit = process.argv[2] ?? "d64df0a";
const root = fileURLToPath(new URL("..", import.meta.url));
const full = execFileSync("git", ["rev-parse", `${commit}^{commit}`], { cwd: root, encoding: "utf8" }).trim();
const work = mkdtempSync(path.join(os.tmpdir(), "infosec-baseline-"));
try {
  const tar = path.join(work, "src.tar");
  execFileSync("git", ["archive", "--format=tar", `--output=${tar}`, full, "src", "examples", "package.json"], { cwd: root });
  execFileSync("tar", ["-xf", tar, "-C", work]);
  const banner = `// The engine of commit ${full} (src/index.ts plus evaluateUnguarded), bundled by bench/make-baseline.mjs. Generated: do not edit.`;
  const entry = path.join(work, "baseline-entry.ts");
  writeFileSync(entry, 'export * from "./src/index.js";\nexport { evaluateUnguarded } from "./src/evaluate.js"; // in the baseline commit\n');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["zod", "ts-pattern"],
    nodePaths: [path.join(root, "node_modules")],
    minifySyntax: true,
    legalComments: "none",
    banner: { js: banner },
    outfile: path.join(root, "bench/baseline/engine.js"),
    logLevel: "warning",
  });
  writeFileSync(path.join(root, "bench/baseline/COMMIT"), `${full}\n`);
  console.log(`bench/baseline/engine.js built from ${full}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
