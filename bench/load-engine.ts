/**
 * Loads this package's engine for the benchmark: the built `dist/index.js` (what ships) by
 * default, or the TypeScript sources under `src/` (through tsx) with `--src`.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Decision } from "../src/decision/decision.js";
import type { evaluate as evaluateFn } from "../src/evaluate.js";
import type { Policy } from "../src/policy/policy.js";
import type { Subject } from "../src/subjects/subject.js";
import type { safeEvaluate as safeEvaluateFn } from "../src/validation/safe-evaluate.js";

/** What `audit` is expected to be (src/audit/audit.ts, being written): `audit(subjects, options?)`. */
export type AuditFn = (subjects: readonly Subject[], options?: unknown) => unknown;

/** The engine under test. */
export interface OurEngine {
  readonly source: "dist" | "src";
  readonly evaluate: typeof evaluateFn;
  readonly safeEvaluate: typeof safeEvaluateFn;
  readonly policy: Policy;
  /** `audit`, if the package has it yet. */
  readonly audit: AuditFn | undefined;
  /** Where `audit` came from, or why it is missing. */
  readonly auditFrom: string;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const distIndex = new URL("../dist/index.js", import.meta.url);
const srcAudit = new URL("../src/audit/audit.ts", import.meta.url);
const srcIndex = new URL("../src/index.ts", import.meta.url);

/** The project root (for spawning child processes). */
export const PROJECT_ROOT = root;

// The module specifiers are computed so that `tsc` does not try to resolve files that may not
// exist yet (dist/ before a build, src/audit/ while it is being written).
async function importOptional(url: URL): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(fileURLToPath(url))) return undefined;
  return (await import(url.href)) as Record<string, unknown>;
}

/**
 * Loads the engine.
 *
 * @param source - `dist` (the build) or `src` (the sources, through tsx).
 * @returns The engine's entry points.
 */
export async function loadOurEngine(source: "dist" | "src"): Promise<OurEngine> {
  if (source === "dist") {
    const index = await importOptional(distIndex);
    if (index === undefined) {
      throw new Error(`${fileURLToPath(distIndex)} does not exist: run \`npm run build\` first, or benchmark the sources with --src`);
    }
    for (const name of ["evaluate", "safeEvaluate", "policy"]) {
      if (index[name] === undefined) throw new Error(`dist/index.js does not export \`${name}\``);
    }
    const audit = typeof index["audit"] === "function" ? (index["audit"] as AuditFn) : undefined;
    return {
      source,
      evaluate: index["evaluate"] as typeof evaluateFn,
      safeEvaluate: index["safeEvaluate"] as typeof safeEvaluateFn,
      policy: index["policy"] as Policy,
      audit,
      auditFrom: audit === undefined ? "dist/index.js has no `audit` export yet" : "dist/index.js",
    };
  }
  const [{ evaluate }, { safeEvaluate }, { policy }] = await Promise.all([
    import("../src/evaluate.js"),
    import("../src/validation/safe-evaluate.js"),
    import("../src/policy/policies.js"),
  ]);
  let audit: AuditFn | undefined;
  let auditFrom = "src/audit/audit.ts does not exist yet";
  const index = await importOptional(srcIndex).catch(() => undefined);
  if (typeof index?.["audit"] === "function") {
    audit = index["audit"] as AuditFn;
    auditFrom = "src/index.ts";
  } else {
    const auditModule = await importOptional(srcAudit);
    if (typeof auditModule?.["audit"] === "function") {
      audit = auditModule["audit"] as AuditFn;
      auditFrom = "src/audit/audit.ts";
    } else if (auditModule !== undefined) {
      auditFrom = "src/audit/audit.ts has no `audit` export yet";
    }
  }
  return { source, evaluate, safeEvaluate, policy, audit, auditFrom };
}

/** Reads `--name=value` and `--flag` arguments. */
export function readArgs(argv: readonly string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (const arg of argv) {
    if (!arg.startsWith("--")) continue;
    const eq = arg.indexOf("=");
    if (eq === -1) args.set(arg.slice(2), "true");
    else args.set(arg.slice(2, eq), arg.slice(eq + 1));
  }
  return args;
}

/** `true` if a decision's outcome projects to allow. */
export const allows = (decision: Decision): boolean => decision.outcome === "compliant";

