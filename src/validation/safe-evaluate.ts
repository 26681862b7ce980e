import { z } from "zod";
import type { Decision } from "../decision/decision.js";
import { LocaleSchema } from "../definitions/localized-text.js";
import { unknownControlMessage, unknownExceptionControls } from "../engine/exceptions.js";
import { evaluate, type EvaluateOptions } from "../evaluate.js";
import { policy as currentPolicy } from "../policy/policies.js";
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
    : { success: false, error: new InvalidInputError(issuesFromZod(parsed.error, ["options"]), "options") };
}

/**
 * The problems with a valid subject's exception against a policy: every id in
 * `exception.controls` that is not a control of the policy, with did-you-mean. A misspelled id
 * would otherwise silently cover nothing.
 *
 * @param subject - A subject that passed the zod schemas.
 * @param policy - The policy in use (default: the current one).
 * @param prefix - A path to put in front, e.g. `[3]` for the fourth subject of an inventory.
 * @returns The issues; empty if every id is known (or the subject has no exception).
 * @example
 * ```ts
 * import { exceptionControlIssues, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * exceptionControlIssues(
 *   { kind: "transfer", from: "mynumber", to: "lgwan", exception: { reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolaton"], validUntil: "2027-03-31" } },
 *   policy,
 * )[0]?.message; // 'unknown control id "mynumber-isolaton" … did you mean "mynumber-isolation", …?'
 * ```
 */
export function exceptionControlIssues(subject: z.infer<typeof SubjectSchema>, policy: Policy = currentPolicy, prefix: readonly (string | number)[] = []): InputIssue[] {
  if (subject.kind === "organization" || subject.exception === undefined) return [];
  const ids = policy.controls.map((control) => control.id);
  return unknownExceptionControls(subject.exception, ids).map((unknown) => {
    const path = [...prefix, "exception", "controls", unknown.index];
    return { path, at: formatPath(path), message: unknownControlMessage(unknown), code: "unknown_control" };
  });
}

/**
 * Validates a subject against the zod schemas.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @param policy - The policy whose control ids an exception may name (default: the current one).
 * @returns The typed subject, or every problem with it.
 * @example
 * ```ts
 * const result = parseSubject(JSON.parse(body));
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export function parseSubject(input: unknown, policy?: Policy): SafeResult<z.infer<typeof SubjectSchema>> {
  const parsed = SubjectSchema.safeParse(input);
  if (!parsed.success) return { success: false, error: new InvalidInputError(issuesFromZod(parsed.error), "subject") };
  const issues = exceptionControlIssues(parsed.data, policy);
  return issues.length === 0 ? { success: true, data: parsed.data } : { success: false, error: new InvalidInputError(issues, "subject") };
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
    const issues: InputIssue[] = [
      ...(subject.success ? [] : issuesFromZod(subject.error)),
      ...(parsedOptions.success ? [] : issuesFromZod(parsedOptions.error, ["options"])),
    ];
    return { success: false, error: new InvalidInputError(issues, "input") };
  }
  const controlIssues = exceptionControlIssues(subject.data, parsedOptions.data?.policy ?? currentPolicy);
  if (controlIssues.length > 0) return { success: false, error: new InvalidInputError(controlIssues, "input") };
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
