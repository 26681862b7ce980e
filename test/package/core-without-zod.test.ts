import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// `@miyagi-kouiki/infosec-policy/core` (src/core.ts) is the zod-free subset of the main entry: an
// app that only evaluates already-typed input must not pay for zod. These tests bundle both
// entries the way an app's bundler would and look at what went in.

const root = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE_TIMEOUT = 30_000;

interface Bundle {
  /** Every file esbuild loaded, relative to the package root. */
  readonly loaded: readonly string[];
  /** The files that contributed bytes to the output. */
  readonly emitted: readonly string[];
  /** Minified size in bytes. */
  readonly bytes: number;
  /** Minified, then gzipped, size in bytes. */
  readonly gzipBytes: number;
}

async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    minify: true,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  const metafile: Metafile = result.metafile;
  const emitted = Object.values(metafile.outputs).flatMap((out) =>
    Object.entries(out.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return {
    loaded: Object.keys(metafile.inputs),
    emitted,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents).byteLength,
  };
}

const isZod = (path: string): boolean => /(?:^|\/)node_modules\/zod\//.test(path);
const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

describe("the core entry bundles without zod", () => {
  it(
    "bundling src/core.ts loads no file of zod, and is smaller than the full entry",
    async () => {
      const [core, full] = await Promise.all([bundle("src/core.ts"), bundle("src/index.ts")]);
      console.info(
        `esbuild --minify, esm: core ${core.bytes} B (${kB(core.bytes)}; gzip ${core.gzipBytes} B, ${kB(core.gzipBytes)}), ` +
          `full ${full.bytes} B (${kB(full.bytes)}; gzip ${full.gzipBytes} B, ${kB(full.gzipBytes)})`,
      );

      // Not merely tree-shaken away: no module of zod is even reached from core.
      expect(core.loaded.filter(isZod)).toEqual([]);
      expect(core.emitted.filter(isZod)).toEqual([]);
      // The policy data and engine did go in, so the bundle is not trivially empty.
      expect(core.emitted).toContain("src/evaluate.ts");
      expect(core.emitted).toContain("src/definitions/clauses.ts");

      // Not vacuous: the same bundling of the full entry does take zod in.
      expect(full.loaded.filter(isZod).length).toBeGreaterThan(0);
      expect(full.emitted.filter(isZod).length).toBeGreaterThan(0);
      expect(core.bytes).toBeLessThan(full.bytes);
    },
    BUNDLE_TIMEOUT,
  );
});

describe("the core entry is a subset of the main entry", () => {
  it("exports evaluate, policy and audit", async () => {
    const core = await import("../../src/core.js");
    expect(typeof core.evaluate).toBe("function");
    expect(typeof core.audit).toBe("function");
    expect(core.policy.id).toBe("miyagi-kouiki-basic-policy");
    expect(core.evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }).outcome).toBe("non-compliant");
  });

  it("exports only names the main entry exports, bound to the very same values", async () => {
    const core: Record<string, unknown> = await import("../../src/core.js");
    const index: Record<string, unknown> = await import("../../src/index.js");
    const indexNames = new Set(Object.keys(index));
    expect(Object.keys(core).filter((name) => !indexNames.has(name))).toEqual([]);
    for (const name of Object.keys(core)) expect(core[name], name).toBe(index[name]);
  });

  it(
    "exports only types the main entry exports (checked with the TypeScript compiler)",
    () => {
      const entries = ["src/core.ts", "src/index.ts"].map((file) => fileURLToPath(new URL(`../../${file}`, import.meta.url)));
      const program = ts.createProgram(entries, {
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      });
      const checker = program.getTypeChecker();
      const [coreNames, indexNames] = entries.map((entry) => {
        const source = program.getSourceFile(entry);
        const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
        if (symbol === undefined) throw new Error(`no module symbol for ${entry}`);
        return new Set(checker.getExportsOfModule(symbol).map((exported) => exported.name));
      }) as [Set<string>, Set<string>];
      expect(coreNames.size).toBeGreaterThan(50);
      expect([...coreNames].filter((name) => !indexNames.has(name))).toEqual([]);
    },
    BUNDLE_TIMEOUT,
  );
});

// `npm test` builds first, so this checks what ships: the "./core" subpath of dist/, loaded by
// the package's own name, with any attempt to resolve zod made to fail.
describe("the built ./core subpath loads without zod", () => {
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });

  it("with import (ESM)", () => {
    const refuseZod =
      "data:text/javascript," +
      encodeURIComponent(
        `export async function resolve(specifier, context, next) {
           if (specifier === "zod" || specifier.startsWith("zod/")) throw new Error("zod was imported");
           return next(specifier, context);
         }`,
      );
    const out = run([
      "--input-type=module",
      "-e",
      `import { register } from "node:module";
       register(${JSON.stringify(refuseZod)});
       const { evaluate, policy } = await import("@miyagi-kouiki/infosec-policy/core");
       const d = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
       console.log(JSON.stringify([policy.version, d.outcome]));`,
    ]);
    expect(JSON.parse(out)).toEqual(["1.0.0", "non-compliant"]);
  });

  it("with require (CommonJS)", () => {
    const out = run([
      "-e",
      `const Module = require("node:module");
       const load = Module._load;
       Module._load = function (request, ...rest) {
         if (request === "zod" || request.startsWith("zod/")) throw new Error("zod was required");
         return load.call(this, request, ...rest);
       };
       const { evaluate, policy } = require("@miyagi-kouiki/infosec-policy/core");
       const d = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
       console.log(JSON.stringify([policy.version, d.outcome]));`,
    ]);
    expect(JSON.parse(out)).toEqual(["1.0.0", "non-compliant"]);
  });
});
