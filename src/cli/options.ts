import { LocaleSchema, type Locale } from "../definitions/localized-text.js";
import { policies, policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import type { ReportGenerated } from "../report/audit-report.js";
import { ReportGeneratedSchema } from "../report/audit-report-schema.js";
import { IsoDateSchema } from "../subjects/common.js";
import { invalidInput, usageError } from "./cli-error.js";
import { INPUT_LIMITS, inputSource, parseJson, readText } from "./io.js";
import { extendWithOverlay } from "./overlay.js";

/** Every option the CLI knows, for `node:util` `parseArgs`. Each command says which it takes. */
export const OPTIONS = {
  format: { type: "string", short: "f" },
  lang: { type: "string" },
  "policy-version": { type: "string" },
  overlay: { type: "string" },
  "as-of": { type: "string" },
  "require-as-of": { type: "boolean" },
  inventory: { type: "string" },
  ndjson: { type: "boolean" },
  organization: { type: "string" },
  timestamp: { type: "string" },
  "generated-at": { type: "string" },
  detail: { type: "string" },
  host: { type: "string" },
  port: { type: "string" },
  "log-file": { type: "string" },
  "log-input": { type: "string" },
  "max-body": { type: "string" },
  "max-audit-body": { type: "string" },
  "max-batch": { type: "string" },
  "max-line": { type: "string" },
  "max-audit-subjects": { type: "string" },
  "max-concurrent": { type: "string" },
  timeout: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

/** The option values, as `parseArgs` gives them. */
export type OptionValues = {
  format?: string;
  lang?: string;
  "policy-version"?: string;
  overlay?: string;
  "as-of"?: string;
  "require-as-of"?: boolean;
  inventory?: string;
  ndjson?: boolean;
  organization?: string;
  timestamp?: string;
  "generated-at"?: string;
  detail?: string;
  host?: string;
  port?: string;
  "log-file"?: string;
  "log-input"?: string;
  "max-body"?: string;
  "max-audit-body"?: string;
  "max-batch"?: string;
  "max-line"?: string;
  "max-audit-subjects"?: string;
  "max-concurrent"?: string;
  timeout?: string;
  help?: boolean;
  version?: boolean;
};

/** An option name. */
export type OptionName = keyof typeof OPTIONS;

/** `--lang`: `ja` (default) or `en`. */
export function localeOption(values: OptionValues, usage: string): Locale {
  const parsed = LocaleSchema.safeParse(values.lang ?? "ja");
  if (!parsed.success) throw usageError(`--lang must be ja or en, not ${JSON.stringify(values.lang)}`, usage);
  return parsed.data;
}

/** `--as-of`: a calendar date `YYYY-MM-DD`, if given. */
export function asOfOption(values: OptionValues, usage: string): string | undefined {
  const value = values["as-of"];
  if (value === undefined) return undefined;
  if (!IsoDateSchema.safeParse(value).success) throw usageError(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`, usage);
  return value;
}

/**
 * `--as-of` for a command that judges dates, with `--require-as-of`: then a missing `--as-of` is a
 * usage error (exit 64), so that an audit is never run without the date it is judged as of.
 */
export function requiredAsOfOption(values: OptionValues, usage: string): string | undefined {
  const asOf = asOfOption(values, usage);
  if (asOf === undefined && values["require-as-of"] === true) {
    throw usageError("--require-as-of: give the date to judge as of with --as-of YYYY-MM-DD (the engine never reads the clock)", usage);
  }
  return asOf;
}

/**
 * The stderr note for a decision judged by the subject's own date rather than `--as-of`.
 *
 * @param decision - The decision's name and its `asOf`.
 * @returns The note, or `undefined` if the date came from `--as-of` or there was none.
 */
export function subjectDateNote(name: string, asOf: { readonly date: string; readonly source: "option" | "subject" } | undefined): string | undefined {
  return asOf?.source === "subject" ? `${name}: judged as of ${asOf.date}, the date the subject gives itself (asOf); pass --as-of to judge by another date` : undefined;
}

/**
 * `--generated-at`: when the report was generated, as it states. Without it the CLI (an edge: the
 * library never reads the clock) reads the clock, to the second, and the report says so.
 */
export function generatedOption(values: OptionValues, usage: string): ReportGenerated {
  const value = values["generated-at"];
  if (value === undefined) return { at: new Date().toISOString().replace(/\.\d+Z$/, "Z"), source: "clock" };
  if (!ReportGeneratedSchema.safeParse({ at: value, source: "given" }).success) {
    throw usageError(`--generated-at must be an ISO date-time with a time zone, e.g. 2026-11-25T09:00:00+09:00, not ${JSON.stringify(value)}`, usage);
  }
  return { at: value, source: "given" };
}

/** `--detail all`: every listed subject in detail in the HTML report (default: the first 500). */
export function detailOption(values: OptionValues, usage: string): "all" | undefined {
  const value = values.detail;
  if (value === undefined) return undefined;
  if (value !== "all") throw usageError(`--detail must be all, not ${JSON.stringify(value)}`, usage);
  return "all";
}

/** `--format`: one of the formats the command supports; the first is the default. */
export function formatOption<F extends string>(values: OptionValues, formats: readonly [F, ...F[]], usage: string): F {
  const value = values.format ?? formats[0];
  if (!(formats as readonly string[]).includes(value)) {
    throw usageError(`--format must be ${formats.length === 1 ? formats[0] : `one of ${formats.join(", ")}`} for this command, not ${JSON.stringify(value)}`, usage);
  }
  return value as F;
}

/**
 * The policy to use: the shipped version `--policy-version` names (default: the current one),
 * extended with the overlay file `--overlay` names, if any.
 *
 * @throws CliError 64 for an unknown version (listing the shipped ones) or an unreadable overlay
 *   file; 65 for an overlay that is not valid JSON or not a valid overlay (listing every problem).
 */
export async function policyOption(values: OptionValues, usage: string): Promise<Policy> {
  const version = values["policy-version"];
  let base = currentPolicy;
  if (version !== undefined) {
    const found = policies.find((candidate) => candidate.version === version);
    if (found === undefined) {
      throw usageError(`--policy-version ${JSON.stringify(version)}: no shipped policy has that version; shipped versions: ${policies.map((p) => p.version).join(", ")}`, usage);
    }
    base = found;
  }
  const file = values.overlay;
  if (file === undefined) return base;
  const source = inputSource(file, false);
  const overlay = parseJson(await readText(source, INPUT_LIMITS.overlayBytes, "as an overlay file"), source.name);
  const extended = extendWithOverlay(base, overlay);
  if (!extended.success) {
    throw invalidInput(`${source.name}: not a valid overlay`, extended.issues.map((issue) => `${source.name}: ${issue}`));
  }
  return extended.policy;
}

/** Throws a usage error unless exactly `count` arguments were given. */
export function expectArguments(args: readonly string[], names: readonly string[], usage: string, optional = 0): void {
  if (args.length < names.length - optional) throw usageError(`missing ${names.slice(args.length).map((name) => `<${name}>`).join(" ")}`, usage);
  if (args.length > names.length) throw usageError(`unexpected argument ${JSON.stringify(args[names.length])}`, usage);
}
