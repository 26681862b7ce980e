import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// `npm test` builds first, so this checks what ships. An app that imports only `evaluate` pays
// for the engine and the policy data, not for the validation layer (zod), whichever entry it
// imports from: dist/core.js has no zod at all, and dist/index.js holds only re-exports, so a
// bundler drops its zod chunk (see tsup.config.ts). `npm run size` (.size-limit.json) puts
// budgets on the same bundles; this names what went in.

const root = fileURLToPath(new URL("../../", import.meta.url));
const TIMEOUT = 30_000;

async function packagesIn(source: string): Promise<Set<string>> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    minify: true,
    metafile: true,
    logLevel: "silent",
  });
  const emitted = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return new Set(emitted.map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? "(this package)"));
}

describe("bundling the built entries, as an app's bundler would", () => {
  it.each([
    ["./dist/core.js", "{ evaluate }"],
    ["./dist/core.js", "*"],
    ["./dist/index.js", "{ evaluate }"],
    ["./dist/index.js", "{ evaluate, audit, policy, getClause }"],
  ])(
    "%s, importing %s, takes in no zod",
    async (entry, names) => {
      const source = names === "*" ? `export * from "${entry}";` : `export ${names} from "${entry}";`;
      expect([...(await packagesIn(source))]).toEqual(["(this package)"]);
    },
    TIMEOUT,
  );

  it.each([["{ safeEvaluate }"], ["{ SubjectSchema }"], ["*"]])(
    "./dist/index.js, importing %s (the validation layer), takes zod in",
    async (names) => {
      const source = names === "*" ? `export * from "./dist/index.js";` : `export ${names} from "./dist/index.js";`;
      expect(await packagesIn(source)).toContain("zod");
    },
    TIMEOUT,
  );
});
