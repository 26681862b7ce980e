import type { Decision } from "./decision/decision.js";
import { guardOptions, guardSubject, type GuardedOptions } from "./engine/guard-subject.js";
import { compiledPolicy, contextFor, defaultPlan, runCompiled, type EvaluateOptions } from "./engine/run.js";
import { dayNumber } from "./internal/calendar.js";
import { policy as currentPolicy } from "./policy/policies.js";
import type { Policy } from "./policy/policy.js";
import type { Subject } from "./subjects/subject.js";
import type { SchemeSubject } from "./classification/scheme-subject.js";

export type { EvaluateOptions } from "./engine/run.js";

/**
 * Decides a subject classified in the scheme of the policy given (e.g. 自治体機密性 `"3B"` under a
 * policy whose overlay chose `guideline-r6`): the same decision as for a `Subject`; a level that
 * is not the policy's scheme's throws `InvalidSubjectError`.
 *
 * @param subject - A subject whose classification uses the policy's scheme's level ids.
 * @param options - The policy (required: its scheme gives the levels), the locale and `asOf`.
 * @returns The decision.
 * @throws {InvalidSubjectError} For a subject (or options) it cannot decide soundly.
 * @example
 * ```ts
 * import { evaluate, extendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 * const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" });
 * evaluate({ kind: "carry-out", organization: "secretariat", zone: "lgwan", classification: { confidentiality: "3B", integrity: "1", availability: "1" }, approved: false }, { policy: r6 }).outcome; // "non-compliant"
 * ```
 */
export function evaluate(subject: SchemeSubject, options: EvaluateOptions & { readonly policy: Policy }): Decision;
/**
 * Decides whether a subject complies with the policy, and explains why, control by control.
 *
 * Pure and fast: no clock, no I/O, no randomness, and the subject is never changed. The same
 * subject and options always give a deep-equal decision. Takes already-typed input; for input
 * from outside (JSON, a form), use `safeEvaluate`. Findings are shared, frozen objects.
 *
 * A cheap structural guard runs first: the subject is read through its own data properties only
 * (never the prototype chain), and a subject that is not what its type says (a string where a
 * list belongs, `null` for a flag, a misspelt zone or organisation, an unknown field, a getter or
 * setter, which is never called) throws `InvalidSubjectError` listing every problem, never a
 * decision.
 *
 * @param subject - What to decide: an action, an asset or the organisation's posture.
 * @param options - The policy (default: the current one), the locale of `reason`, and `asOf`.
 * @returns The decision: outcome, the policy that made it, and one finding per control.
 * @throws {InvalidSubjectError} For a subject (or options) it cannot decide soundly.
 * @example
 * ```ts
 * import { evaluate } from "@miyagi-kouiki/infosec-policy";
 *
 * const decision = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
 * decision.outcome; // "non-compliant"
 * decision.findings.find((f) => f.status === "fail")?.clause; // "7(3)①"
 * ```
 */
export function evaluate(subject: Subject, options?: EvaluateOptions): Decision;
export function evaluate(input: Subject | SchemeSubject, options?: EvaluateOptions): Decision {
  // The types differ only in the classification's level ids, which the guard checks against the policy's scheme.
  const subject = input as Subject;
  // The guard first (invariants 11 and 12): the checks see only a private copy of the subject's
  // own, valid data, and input that cannot be decided soundly throws `InvalidSubjectError`.
  // A classification is checked against the policy's scheme, so the options are read first; a bad
  // subject is still reported before bad options.
  if (options === undefined) {
    const checked = guardSubject(subject);
    return runCompiled(defaultPlan(), checked, contextFor(checked, undefined));
  }
  let read: GuardedOptions;
  try {
    read = guardOptions(options);
  } catch (error) {
    guardSubject(subject);
    throw error;
  }
  const plan = compiledPolicy((read.policy as Policy | undefined) ?? currentPolicy, read.locale ?? "ja");
  const checked = guardSubject(subject, plan.scheme);
  return runCompiled(plan, checked, contextFor(checked, read.asOf === undefined ? undefined : dayNumber(read.asOf), read.asOf));
}

