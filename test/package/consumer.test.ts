import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// What a consumer gets: `npm pack` the built package (`npm test` builds first), install the
// tarball into a fresh project outside this repository (so nothing resolves from our own
// node_modules), and use it the ways an app would: import (ESM), require (CommonJS), type-check
// with TypeScript under moduleResolution node16 and bundler, and run the installed CLI.

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const NAME = "@miyagi-kouiki/infosec-policy";
const SETUP_TIMEOUT = 120_000;
const STEP_TIMEOUT = 60_000;

// `npm test` runs vitest under npm, which exports npm_config_* and npm_package_* variables that
// would point a nested npm at this repository; the consumer's npm must see its own project only.
const cleanEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

let work = "";
let app = "";

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, env: cleanEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function run(file: string, args: string[], cwd = app): SpawnSyncReturns<string> {
  return spawnSync(file, args, { cwd, env: cleanEnv(), encoding: "utf8" });
}

function write(file: string, text: string): void {
  writeFileSync(join(app, file), text);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "infosec-policy-consumer-"));
  const packed = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], root)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const [tarball] = packed;
  if (tarball === undefined) throw new Error("npm pack produced no tarball");
  // Only what an app needs ships: the built files, the manifest, the readme, the licence, and the
  // guides the readme links to (with the sample overlay one links to); test/package/pack-contents
  // checks that each file is reachable.
  const shipped = tarball.files.map((file) => file.path);
  expect(shipped.filter((path) => !/^(dist\/|docs\/.*\.md$|examples\/overlay\.sample\.json$|package\.json$|README\.md$|LICENSE$|SECURITY\.md$|CHANGELOG\.md$)/.test(path))).toEqual([]);
  expect(shipped).toContain("dist/cli.js");

  app = join(work, "app");
  mkdirSync(app);
  write("package.json", JSON.stringify({ name: "consumer-app", version: "0.0.0", private: true, type: "module" }, null, 2));
  // zod comes from npm's cache when `npm ci` has filled it, from the registry if not.
  npm(
    ["install", join(work, tarball.filename), "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
    app,
  );
}, SETUP_TIMEOUT);

afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

describe("the packed tarball, installed into a fresh project", () => {
  it("installs the package and its dependencies, and nothing of this repository", () => {
    const installed = JSON.parse(readFileSync(join(app, "node_modules", NAME, "package.json"), "utf8"));
    const ours = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(installed.version).toBe(ours.version);
    expect(installed.devDependencies).toEqual(ours.devDependencies);
    for (const dependency of Object.keys(ours.dependencies)) {
      expect(() => readFileSync(join(app, "node_modules", dependency, "package.json")), dependency).not.toThrow();
    }
  });

  it(
    "loads with import (ESM), both entries",
    () => {
      write(
        "esm.mjs",
        `import { evaluate, safeEvaluate, policy, SubjectSchema } from "${NAME}";
         import * as core from "${NAME}/core";
         const subject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };
         const checked = safeEvaluate(subject);
         const bad = safeEvaluate({ kind: "sign-in", zone: "nowhere" });
         console.log(JSON.stringify({
           version: policy.version,
           outcome: evaluate(subject).outcome,
           core: core.evaluate(subject).outcome,
           same: core.evaluate === evaluate && core.policy === policy,
           safe: checked.success && checked.data.outcome,
           rejected: bad.success === false && bad.error.issues.length > 0,
           schema: SubjectSchema.safeParse(subject).success,
           coreHasNoSchemas: !("SubjectSchema" in core) && !("safeEvaluate" in core),
         }));`,
      );
      const result = run(process.execPath, ["esm.mjs"]);
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual({
        version: "1.0.0",
        outcome: "non-compliant",
        core: "non-compliant",
        same: true,
        safe: "non-compliant",
        rejected: true,
        schema: true,
        coreHasNoSchemas: true,
      });
    },
    STEP_TIMEOUT,
  );

  it(
    "loads with require (CommonJS), both entries",
    () => {
      write(
        "cjs.cjs",
        `const { evaluate, safeEvaluate, getClause, policy } = require("${NAME}");
         const core = require("${NAME}/core");
         const subject = { kind: "transfer", from: "internet", to: "mynumber", channel: "email", sanitized: false };
         const checked = safeEvaluate(subject);
         console.log(JSON.stringify({
           version: policy.version,
           outcome: evaluate(subject).outcome,
           core: core.evaluate(subject).outcome,
           same: core.evaluate === evaluate,
           safe: checked.success && checked.data.outcome,
           clause: getClause("7(3)①").ref,
           frozen: Object.isFrozen(core.policy),
         }));`,
      );
      const result = run(process.execPath, ["cjs.cjs"]);
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual({
        version: "1.0.0",
        outcome: "non-compliant",
        core: "non-compliant",
        same: true,
        safe: "non-compliant",
        clause: "7(3)①",
        frozen: true,
      });
    },
    STEP_TIMEOUT,
  );

  // Types and values from both entries. The @ts-expect-error lines make the check not vacuous:
  // were a declaration to resolve to `any`, or not at all, they would be errors themselves.
  const typedUse = (from: string): string => `
    import { evaluate, safeEvaluate, SubjectSchema, type Decision, type Subject, type SafeResult } from "${NAME}";
    import { evaluate as evaluateCore, audit, policy, type Outcome, type Subject as CoreSubject, type Finding } from "${NAME}/core";
    import * as core from "${NAME}/core";

    const subject: CoreSubject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };
    const same: Subject = subject;
    const decision: Decision = evaluateCore(same);
    const outcome: Outcome = evaluate(subject).outcome;
    const fails: readonly Finding[] = decision.findings.filter((finding) => finding.status === "fail");
    const result: SafeResult<Decision> = safeEvaluate(JSON.parse("{}") as unknown);
    const parsed: Subject | undefined = SubjectSchema.safeParse(subject).data;
    const version: string = policy.version;
    const summary: number = audit([subject], { asOf: "2026-04-01" }).summary.outcomes["non-compliant"];

    // @ts-expect-error -- not a zone
    evaluate({ kind: "sign-in", zone: "nowhere", factors: [] });
    // @ts-expect-error -- the core entry has no validation layer
    core.safeEvaluate;
    // @ts-expect-error -- an outcome is one of four strings
    const wrong: Outcome = "ok";

    export const used = [outcome, fails, result, parsed, version, summary, wrong, "${from}"];
  `;

  const typeCheck = (project: string, compilerOptions: Record<string, unknown>, files: Record<string, string>) => {
    mkdirSync(join(app, project));
    for (const [file, text] of Object.entries(files)) write(join(project, file), text);
    write(
      join(project, "tsconfig.json"),
      JSON.stringify(
        {
          compilerOptions: {
            target: "ES2022",
            // zod's declarations name the global URL, which an app has from the DOM lib or @types/node.
            lib: ["ES2022", "DOM"],
            strict: true,
            noEmit: true,
            // Our declarations, and those of zod they refer to, are checked too.
            skipLibCheck: false,
            types: [],
            ...compilerOptions,
          },
          include: Object.keys(files),
        },
        null,
        2,
      ),
    );
    const result = run(process.execPath, [tsc, "-p", join(project, "tsconfig.json")]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  };

  it(
    "type-checks with module and moduleResolution node16, from ESM and from CommonJS",
    () => {
      typeCheck("node16", { module: "node16", moduleResolution: "node16" }, { "use.mts": typedUse("mts"), "use.cts": typedUse("cts") });
    },
    STEP_TIMEOUT,
  );

  it(
    "type-checks with module esnext and moduleResolution bundler",
    () => {
      typeCheck("bundler", { module: "esnext", moduleResolution: "bundler" }, { "use.ts": typedUse("ts") });
    },
    STEP_TIMEOUT,
  );

  it(
    "type-checks with the legacy moduleResolution node10 (typesVersions)",
    () => {
      typeCheck("node10", { module: "commonjs", moduleResolution: "node10", esModuleInterop: true }, { "use.ts": typedUse("ts") });
    },
    STEP_TIMEOUT,
  );

  it("runs the CLI from the installed package", () => {
    const bin = join(app, "node_modules", ".bin", "infosec-policy");
    write(
      "inventory.json",
      JSON.stringify([
        { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] },
        { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"] },
      ]),
    );
    const audited = run(bin, ["audit", "inventory.json", "--as-of", "2026-11-25", "--lang", "en", "--format", "json"]);
    expect(audited.stderr).toBe("");
    expect(audited.stdout).toContain('"7(3)①"');
    expect(audited.stdout).toContain('"non-compliant"');
    expect(audited.status).toBe(1); // non-compliant

    const help = run(bin, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/使い方: infosec-policy/);
    expect(run(bin, ["--help", "--lang", "en"]).stdout).toMatch(/usage: infosec-policy/);

    const usage = run(bin, ["no-such-command"]);
    expect(usage.status).toBe(64);
  });
});
