import { z } from "zod";
import type { Decision } from "../decision/decision.js";
import { LocaleSchema, type Locale } from "../definitions/localized-text.js";
import { evaluate, type EvaluateOptions } from "../evaluate.js";
import type { Policy } from "../policy/policy.js";
import { IsoDateSchema } from "../subjects/common.js";
import { SubjectSchema } from "../subjects/subject.js";
import { formatPath, InvalidInputError, issuesFromZod, type InputIssue } from "./input-error.js";

/** The result of a `safe*` function: the value, or the typed error listing every problem. */
export type SafeResult<T> =
  | {
      /** `true`: the input was valid. */
      readonly success: true;
      /** The result for the valid input. */
      readonly data: T;
    }
  | {
      /** `false`: the input was invalid, and nothing was evaluated. */
      readonly success: false;
      /** Every problem with the input, each with its path and message. */
      readonly error: InvalidInputError;
    };

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
    : { success: false, error: new InvalidInputError(issuesFromZod(parsed.error, ["options"], { locale: localeOf(options), input: options, schema: OptionsSchema }), "options") };
}

/** The locale options ask for, if they name a valid one (even when something else in them is wrong); `ja` otherwise. */
function localeOf(options: unknown): Locale {
  try {
    if (typeof options !== "object" || options === null) return "ja";
    const descriptor = Object.getOwnPropertyDescriptor(options, "locale");
    const parsed = LocaleSchema.safeParse(descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined);
    return parsed.success ? parsed.data : "ja";
  } catch {
    return "ja";
  }
}

/**
 * Validates a subject against the zod schemas.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param options - `locale`: the language of each issue's `message`, `ja` (default) or `en`; every issue has both in `messages`.
 * @returns The typed subject, or every problem with it.
 * @example
 * ```ts
 * import { parseSubject } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = parseSubject({ kind: "sign-in", zone: "mynumbr" }, { locale: "en" });
 * if (!result.success) result.error.issues[0]?.message;
 * // '"zone" must be one of "mynumber", "lgwan" or "internet", not the string "mynumbr"; did you mean "mynumber"?'
 * ```
 */
export function parseSubject(input: unknown, options?: { readonly locale?: Locale }): SafeResult<z.infer<typeof SubjectSchema>> {
  const parsed = SubjectSchema.safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, error: new InvalidInputError(issuesFromZod(parsed.error, [], { locale: options?.locale ?? "ja", input, schema: SubjectSchema }), "subject") };
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
  let subject: ReturnType<typeof SubjectSchema.safeParse>;
  let parsedOptions: ReturnType<typeof OptionsSchema.safeParse>;
  try {
    subject = SubjectSchema.safeParse(input);
    parsedOptions = OptionsSchema.safeParse(options);
  } catch (cause) {
    // Only a value that is not plain data (a throwing getter, a hostile Proxy) gets here.
    return { success: false, error: new InvalidInputError([{ path: [], at: "(root)", message: `unreadable input: ${describe(cause)}`, code: "unreadable_input" }], "input") };
  }
  if (!subject.success || !parsedOptions.success) {
    // Worded in options.locale (default ja), even when something else in the options is wrong.
    const locale = parsedOptions.success ? (parsedOptions.data?.locale ?? "ja") : localeOf(options);
    const issues: InputIssue[] = [
      ...(subject.success ? [] : issuesFromZod(subject.error, [], { locale, input, schema: SubjectSchema })),
      ...(parsedOptions.success ? [] : issuesFromZod(parsedOptions.error, ["options"], { locale, input: options, schema: OptionsSchema })),
    ];
    return { success: false, error: new InvalidInputError(issues, "input") };
  }
  try {
    return { success: true, data: evaluate(subject.data, parsedOptions.data as EvaluateOptions | undefined) };
  } catch (cause) {
    // Shipped and extended policies never get here; a malformed hand-made policy can.
    const path = parsedOptions.data?.policy === undefined ? [] : ["options", "policy"];
    return {
      success: false,
      error: new InvalidInputError([{ path, at: formatPath(path), message: `evaluation failed: ${describe(cause)}`, code: "evaluation_failed" }], "input"),
    };
  }
}

function describe(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return "an unprintable error";
  }
}
