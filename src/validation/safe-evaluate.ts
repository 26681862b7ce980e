import { z } from "zod";
import type { Decision } from "../decision/decision.js";
import { LocaleSchema, type Locale } from "../definitions/localized-text.js";
import { checkSubject, guardOptions, type GuardedOptions } from "../engine/guard-subject.js";
import { InvalidSubjectError } from "../engine/invalid-subject-error.js";
import { compiledPolicy, evaluateChecked, type EvaluateOptions } from "../engine/run.js";
import type { CompiledClassificationScheme } from "../classification/compiled-scheme.js";
import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import { unknownControlMessage, unknownExceptionControls } from "../engine/exceptions.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import { IsoDateSchema } from "../subjects/common.js";
import { SubjectSchema, type Subject } from "../subjects/subject.js";
import { fastGuard } from "../engine/guard-fast.js";
import { compileValidator, type CompiledValidator } from "./compiled-validator.js";
import { formatPath, inputIssuesOf, InvalidInputError, issuesFromZod, type InputIssue } from "./input-error.js";
import { NotPlainDataError, plainData, plainOptions } from "./plain-data.js";

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
  let data: unknown;
  try {
    data = plainOptions(options);
  } catch (cause) {
    // An accessor: the guard's issues name it (the guard reads descriptors, never the getter).
    const read = cause instanceof NotPlainDataError ? guardOptionsOf(options) : undefined;
    return { success: false, error: read !== undefined && read.issues.length > 0 ? new InvalidInputError(read.issues, "options") : unreadable(cause) };
  }
  const parsed = OptionsSchema.safeParse(data);
  return parsed.success
    ? { success: true, data: parsed.data as EvaluateOptions | undefined }
    : { success: false, error: new InvalidInputError(issuesFromZod(parsed.error, ["options"], { locale: localeOf(data), input: data, schema: OptionsSchema }), "options") };
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
  // Every id known (the usual case): no list of the policy's ids is built.
  if (subject.exception.controls.every((id) => policy.controls.some((control) => control.id === id))) return [];
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
 * @param options - The locale of the messages (default `ja`) and the policy whose control ids an exception may name (default: the current one).
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
export function parseSubject(input: unknown, options?: { readonly locale?: Locale; readonly policy?: Policy }): SafeResult<z.infer<typeof SubjectSchema>> {
  const scheme = schemeOf(options?.policy === undefined ? undefined : { policy: options.policy, locale: options.locale, asOf: undefined });
  let data: unknown;
  try {
    data = plainData(input);
  } catch (cause) {
    return { success: false, error: cause instanceof NotPlainDataError ? notPlainData(input, scheme) : unreadable(cause) };
  }
  if (scheme !== undefined) {
    // Another scheme than the default: the zod schema knows only the default levels, so the guard decides.
    const guarded = guard(input, scheme);
    if (guarded.subject === undefined) return { success: false, error: new InvalidInputError(guarded.issues, "subject") };
    const issues = exceptionControlIssues(guarded.subject as z.infer<typeof SubjectSchema>, options?.policy);
    return issues.length === 0 ? { success: true, data: guarded.subject as z.infer<typeof SubjectSchema> } : { success: false, error: new InvalidInputError(issues, "subject") };
  }
  const parsed = SubjectSchema.safeParse(data);
  // The guard reads the input itself, as `evaluate`'s does: the two accept the same subjects.
  const guarded = guard(input);
  if (parsed.success && guarded.issues.length === 0) {
    const issues = exceptionControlIssues(parsed.data, options?.policy);
    return issues.length === 0 ? { success: true, data: parsed.data } : { success: false, error: new InvalidInputError(issues, "subject") };
  }
  return { success: false, error: new InvalidInputError(parsed.success ? guarded.issues : issuesFromZod(parsed.error, [], { locale: options?.locale ?? "ja", input: data, schema: SubjectSchema }), "subject") };
}

/** The compiled classification scheme of the options' policy, unless it is the default scheme. */
function schemeOf(options: GuardedOptions | undefined): CompiledClassificationScheme | undefined {
  const policy = options?.policy as Policy | undefined;
  if (policy === undefined || !isPolicyLike(policy) || policy.classificationScheme === undefined || policy.classificationScheme === guidelineClassificationScheme) return undefined;
  try {
    return compiledPolicy(policy, options?.locale ?? "ja").scheme;
  } catch {
    return undefined; // a malformed hand-made policy: evaluating it reports the failure
  }
}

/** The engine guard's verdict on a plain copy: its private copy, or its issues. */
function guard(data: unknown, scheme?: CompiledClassificationScheme): { readonly subject?: Subject; readonly issues: readonly InputIssue[] } {
  const checked = checkSubject(data, scheme);
  return checked.subject === undefined ? { issues: checked.problems } : { subject: checked.subject, issues: [] };
}

/**
 * The validator compiled from `SubjectSchema` (compiled-validator.ts), built on the first rejected
 * subject rather than at import. A pure memo: compiling is a function of the schema alone, and the
 * validator holds no state between calls, so no call can tell whether it was built before.
 */
let subjectValidator: CompiledValidator | undefined;

/** Zod's issues with a subject, from the compiled validator: the same as `SubjectSchema.safeParse`'s, without building a `ZodError`. */
function subjectZodIssues(data: unknown): ReturnType<CompiledValidator> {
  subjectValidator ??= compileValidator(SubjectSchema);
  return subjectValidator(data);
}

/**
 * What the guard step of `safeEvaluate` found: the guard's copy, or zod's issues (with the plain
 * copy they are about), or (where zod finds none) the guard's.
 */
type Guarded = { readonly subject?: Subject; readonly issues: readonly InputIssue[]; readonly zod?: ReturnType<CompiledValidator>; readonly data?: unknown };

/**
 * The guard for the default scheme, on the input itself (as `evaluate`'s guard reads it, so the
 * two accept exactly the same subjects): the fast path first, whose copy is the one evaluated.
 * The rejection path asks the compiled validator, on a plain copy: a subject the fast path does
 * not accept and zod rejects is reported in zod's words without the full guard (whose words
 * zod's would replace anyway); only where zod finds nothing does the full guard decide (and so
 * nothing done to an exported schema makes invalid input pass). An accessor is refused with the
 * guard's issues, which name it; its getter is never called.
 */
function guardDefault(input: unknown): Guarded {
  let fast: Subject | undefined;
  try {
    fast = fastGuard(input);
  } catch {
    fast = undefined; // a trap that throws: the full guard reports it
  }
  if (fast !== undefined) return { subject: fast, issues: [] };
  let data: unknown;
  try {
    data = plainData(input);
  } catch (cause) {
    if (cause instanceof NotPlainDataError) return guard(input);
    throw cause;
  }
  let zod: ReturnType<CompiledValidator> = [];
  try {
    zod = subjectZodIssues(data);
  } catch {
    zod = []; // a tampered schema may throw; the guard decides
  }
  return zod.length > 0 ? { issues: [], zod, data } : guard(input);
}

/** The guard's issues with input that holds an accessor (the guard names it); one issue at the root if the guard finds none. */
function notPlainData(input: unknown, scheme?: CompiledClassificationScheme): InvalidInputError {
  const issues = guard(input, scheme).issues;
  return new InvalidInputError(issues.length > 0 ? issues : [{ path: [], at: "(root)", message: new NotPlainDataError().message, code: "not_plain_data" }], "subject");
}

function guardOptionsOf(data: unknown): { readonly options?: GuardedOptions; readonly issues: readonly InputIssue[] } {
  try {
    const options = guardOptions(data);
    if (options.policy !== undefined && !isPolicyLike(options.policy)) {
      return { issues: [{ path: ["options", "policy"], at: "options.policy", message: "not a policy value (use `policy`, one of `policies`, or `extendPolicy`)", code: "custom" }] };
    }
    return { options, issues: [] };
  } catch (error) {
    if (error instanceof InvalidSubjectError) return { issues: error.issues };
    throw error;
  }
}

function unreadable(cause: unknown): InvalidInputError {
  return new InvalidInputError([{ path: [], at: "(root)", message: `unreadable input: ${describe(cause)}`, code: "unreadable_input" }], "input");
}

/**
 * Validates input, then evaluates it. Never throws: invalid input gives a typed error that lists
 * every problem with its path, and never a decision.
 *
 * The input is read as plain data (own enumerable data properties only, each read once through
 * its descriptor), so a polluted `Object.prototype` or a Proxy cannot change what is decided, and
 * an own accessor (getter or setter) is refused as not data, never called, as `evaluate` refuses
 * it. Whether it is valid is decided by the engine's guard, the same as `evaluate`'s, which reads
 * its own frozen value sets: nothing done to an exported zod schema (e.g. adding a zone to
 * `ZoneSchema`) makes invalid input pass. The problems are listed in the zod schemas' words where
 * they find them too.
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
  let checked: Guarded;
  let read: ReturnType<typeof guardOptionsOf>;
  let scheme: CompiledClassificationScheme | undefined;
  try {
    // The guards read the input and options themselves, as `evaluate`'s do (own data properties,
    // each once): what one accepts, the other does.
    read = guardOptionsOf(options);
    scheme = schemeOf(read.options);
    checked = scheme === undefined ? guardDefault(input) : guard(input, scheme);
  } catch (cause) {
    // Only a value that is not plain data (a hostile Proxy) gets here.
    return { success: false, error: unreadable(cause) };
  }
  return decideGuarded(checked, options, read);
}

/** The rest of {@link safeEvaluate}, once the subject's copy is guarded and the options read: the decision, or every problem. */
function decideGuarded(checked: Guarded, options: unknown, read: ReturnType<typeof guardOptionsOf>): SafeResult<Decision> {
  if (checked.subject === undefined || read.options === undefined) {
    // Worded in options.locale (default ja), even when something else in the options is wrong.
    const locale = read.options?.locale ?? localeOf(options);
    const zodIssues = checked.zod;
    const data = checked.data;
    if (zodIssues !== undefined && read.options !== undefined) {
      // Only the subject is wrong, and zod has said how: the words and the error are built on the
      // first read of `error` (from zod's issues and the private copy, which nothing else holds),
      // so a caller that only branches on `success` never pays for them.
      return rejected(() => new InvalidInputError(inputIssuesOf(zodIssues, [], { locale, input: data, schema: SubjectSchema }), "input"));
    }
    const issues: InputIssue[] = [];
    // The zod schema knows only the default scheme's levels: for another scheme the guard's issues stand.
    if (checked.subject === undefined) issues.push(...(zodIssues === undefined ? checked.issues : inputIssuesOf(zodIssues, [], { locale, input: data, schema: SubjectSchema })));
    if (read.options === undefined) issues.push(...optionsIssues(options, read.issues, locale));
    return { success: false, error: new InvalidInputError(issues, "input") };
  }
  const controlIssues = exceptionControlIssues(checked.subject, (read.options.policy as Policy | undefined) ?? currentPolicy);
  if (controlIssues.length > 0) return { success: false, error: new InvalidInputError(controlIssues, "input") };
  try {
    return { success: true, data: evaluateChecked(checked.subject, read.options) };
  } catch (cause) {
    // Shipped and extended policies never get here; a malformed hand-made policy can.
    const path = read.options.policy === undefined ? [] : ["options", "policy"];
    return {
      success: false,
      error: new InvalidInputError([{ path, at: formatPath(path), message: `evaluation failed: ${describe(cause)}`, code: "evaluation_failed" }], "input"),
    };
  }
}

/**
 * `safeEvaluate` with its options read once: a function of the input alone that answers what
 * `safeEvaluate(input, options)` answers, for every input, without copying and checking the
 * same options again for each one (the decision service judges each subject of a request, or of
 * every request without a query, under the same options). The options are read when it is made;
 * a change to them afterwards is not seen. Options that are not valid (or not readable) are left
 * to `safeEvaluate` itself, each time.
 *
 * @param options - As for `safeEvaluate`: `policy`, `locale`, `asOf`.
 * @returns The evaluator: `(input) => safeEvaluate(input, options)`.
 * @example
 * ```ts
 * const decide = safeEvaluator({ locale: "en" });
 * decide({ kind: "transfer", from: "internet", to: "mynumber" }); // as safeEvaluate(…, { locale: "en" })
 * ```
 * @internal
 */
export function safeEvaluator(options?: unknown): (input: unknown) => SafeResult<Decision> {
  let read: ReturnType<typeof guardOptionsOf>;
  let scheme: CompiledClassificationScheme | undefined;
  try {
    read = guardOptionsOf(options);
    scheme = schemeOf(read.options);
  } catch {
    return (input) => safeEvaluate(input, options);
  }
  if (read.options === undefined) return (input) => safeEvaluate(input, options);
  const readOptions = read;
  return (input) => {
    let checked: Guarded;
    try {
      checked = scheme === undefined ? guardDefault(input) : guard(input, scheme);
    } catch (cause) {
      return { success: false, error: unreadable(cause) };
    }
    return decideGuarded(checked, options, readOptions);
  };
}

/** A rejection whose error is built on its first read (and then kept: every read gives the same error). */
function rejected(build: () => InvalidInputError): SafeResult<never> {
  let error: InvalidInputError | undefined;
  return {
    success: false,
    get error(): InvalidInputError {
      error ??= build();
      return error;
    },
  };
}

/** The options' issues in zod's words, from a plain copy, where zod finds any; else the guard's (an accessor: the guard's, naming it). */
function optionsIssues(options: unknown, fallback: readonly InputIssue[], locale: Locale): readonly InputIssue[] {
  let data: unknown;
  try {
    data = plainOptions(options);
  } catch {
    return fallback;
  }
  return zodIssuesOr(OptionsSchema, data, fallback, ["options"], locale);
}

/** The zod schema's issues for input the guard rejected, if zod finds any; else the guard's own. */
function zodIssuesOr(schema: z.ZodType, data: unknown, fallback: readonly InputIssue[], prefix: readonly (string | number)[], locale: Locale): readonly InputIssue[] {
  try {
    const parsed = schema.safeParse(data);
    if (!parsed.success) return issuesFromZod(parsed.error, prefix, { locale, input: data, schema });
  } catch {
    // A tampered schema may throw; the guard's issues stand.
  }
  return fallback;
}

function describe(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return "an unprintable error";
  }
}
