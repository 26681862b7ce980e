import { z } from "zod";
import type { Decision } from "../decision/decision.js";
import { LocaleSchema } from "../definitions/localized-text.js";
import { evaluate, type EvaluateOptions } from "../evaluate.js";
import type { Policy } from "../policy/policy.js";
import { IsoDateSchema } from "../subjects/common.js";
import { SubjectSchema } from "../subjects/subject.js";
import { InvalidInputError, issuesFromZod, type InputIssue } from "./input-error.js";

/** The result of a `safe*` function: the value, or the typed error listing every problem. */
export type SafeResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: InvalidInputError };

const OptionsSchema = z
  .object({
    policy: z.custom<Policy>(isPolicyLike, "not a policy value (use `policy`, one of `policies`, or `extendPolicy`)").optional(),
    locale: LocaleSchema.optional(),
    asOf: IsoDateSchema.optional(),
  })
  .strict()
  .optional();

function isPolicyLike(value: unknown): value is Policy {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Policy>;
  return (
    typeof candidate.id === "string" &&
    typeof candidate.version === "string" &&
    Array.isArray(candidate.controls) &&
    typeof candidate.parameters === "object" &&
    candidate.parameters !== null &&
    Object.isFrozen(value)
  );
}

/**
 * Validates options for `evaluate` and `audit`.
 *
 * @param options - Anything.
 * @returns The options, or every problem with them (paths start at `options`).
 */
export function parseOptions(options: unknown): SafeResult<EvaluateOptions | undefined> {
  const parsed = OptionsSchema.safeParse(options);
  return parsed.success
    ? { success: true, data: parsed.data as EvaluateOptions | undefined }
    : { success: false, error: new InvalidInputError(issuesFromZod(parsed.error, ["options"]), "options") };
}

/**
 * Validates a subject against the zod schemas.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @returns The typed subject, or every problem with it.
 * @example
 * ```ts
 * const result = parseSubject(JSON.parse(body));
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export function parseSubject(input: unknown): SafeResult<z.infer<typeof SubjectSchema>> {
  const parsed = SubjectSchema.safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, error: new InvalidInputError(issuesFromZod(parsed.error), "subject") };
}

/**
 * Validates input with the zod schemas, then evaluates it. Never throws: invalid input gives a
 * typed error that lists every problem with its path, and never a decision.
 *
 * @param input - Anything, e.g. parsed JSON from another service.
 * @param options - Anything; validated like the input (`policy`, `locale`, `asOf`).
 * @returns `{ success: true, data: decision }` or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeEvaluate } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = safeEvaluate({ kind: "transfer", from: "internet", to: "mynumber" });
 * if (result.success) console.log(result.data.outcome); // "non-compliant"
 * else for (const issue of result.error.issues) console.error(issue.at, issue.message);
 * ```
 */
export function safeEvaluate(input: unknown, options?: unknown): SafeResult<Decision> {
  const subject = SubjectSchema.safeParse(input);
  const parsedOptions = OptionsSchema.safeParse(options);
  if (!subject.success || !parsedOptions.success) {
    const issues: InputIssue[] = [
      ...(subject.success ? [] : issuesFromZod(subject.error)),
      ...(parsedOptions.success ? [] : issuesFromZod(parsedOptions.error, ["options"])),
    ];
    return { success: false, error: new InvalidInputError(issues, "input") };
  }
  try {
    return { success: true, data: evaluate(subject.data, parsedOptions.data as EvaluateOptions | undefined) };
  } catch (cause) {
    // Only a malformed hand-made policy can get here; shipped and extended policies cannot.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { success: false, error: new InvalidInputError([{ path: ["options", "policy"], at: "options.policy", message, code: "invalid_policy" }], "policy") };
  }
}
