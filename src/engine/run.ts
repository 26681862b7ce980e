// The runner: compiles a policy (memoised per policy and locale) and runs it on a guarded subject.
// `evaluate` (src/evaluate.ts, the public facade), `audit`, the audit report and `safeEvaluate`
// all run decisions through here.
import type { Decision, PolicyRef } from "../decision/decision.js";
import type { DecisionAsOf } from "../decision/decision.js";
import type { Finding } from "../decision/finding.js";
import { OUTCOME_BY_SEVERITY } from "../decision/outcome.js";
import type { CheckContext } from "../controls/control.js";
import type { Locale } from "../definitions/localized-text.js";
import { compilePolicy, type CompiledPolicy, type CompiledStep, type CompiledVerdict } from "./compile-policy.js";
import type { GuardedOptions } from "./guard-subject.js";
import { dayNumber } from "../internal/calendar.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import {
  findingWithException,
  findingWithRejectedException,
  judgeException,
  UnknownExceptionControlError,
  unknownExceptionControls,
} from "./exceptions.js";
import type { Subject } from "../subjects/subject.js";

/** How to evaluate: which policy, which locale for `reason`, and the date to judge as of. */
export interface EvaluateOptions {
  /** The policy to judge by: the current `policy` by default, any of `policies`, or one from `extendPolicy`. */
  readonly policy?: Policy;
  /** The locale of each finding's `reason`: `ja` (default) or `en`. Messages carry both either way. */
  readonly locale?: Locale;
  /**
   * The date to judge date-based controls as of (`YYYY-MM-DD`). The engine never reads the clock:
   * without it (here or on an `organization` subject) those controls are `manual`.
   */
  readonly asOf?: string;
}

// Compiling is pure and depends only on the (frozen) policy and the locale, so memoising it per
// policy value cannot change any decision; the WeakMap lets an unused policy be collected.
const compiled = new WeakMap<Policy, Partial<Record<Locale, CompiledPolicy>>>();

/**
 * The compiled form of a policy for a locale, built once and reused.
 *
 * @param policy - The policy.
 * @param locale - The locale of `reason`.
 * @returns The compiled policy.
 */
export function compiledPolicy(policy: Policy, locale: Locale): CompiledPolicy {
  let byLocale = compiled.get(policy);
  if (byLocale === undefined) {
    byLocale = Object.create(null) as Partial<Record<Locale, CompiledPolicy>>; // no prototype: a polluted Object.prototype.ja is not a plan
    compiled.set(policy, byLocale);
  }
  return (byLocale[locale] ??= compilePolicy(policy, locale));
}

// The default plan (current policy, Japanese) is looked up once; like the WeakMap it only memoises.
let defaultCompiled: CompiledPolicy | undefined;

/** The compiled current policy in Japanese, the default plan, looked up once. */
export function defaultPlan(): CompiledPolicy {
  return (defaultCompiled ??= compiledPolicy(currentPolicy, "ja"));
}

/**
 * Runs a compiled policy on a subject: the fast path under `evaluate` and `audit`.
 *
 * @param plan - The compiled policy.
 * @param subject - A valid subject.
 * @param context - The date context.
 * @returns The decision.
 * @throws {@link UnknownExceptionControlError} if the subject's exception names a control the policy does not have.
 */
export function runCompiled(plan: CompiledPolicy, subject: Subject, context: RunContext): Decision {
  const kind = subject.kind;
  const steps = plan.steps[kind];
  // Stryker disable next-line StringLiteral: an organisation subject has no exception field (the guard refuses one), so reading it would give undefined too; the kind test narrows the type.
  const exception = kind === "organization" ? undefined : subject.exception;
  if (exception !== undefined && !allKnown(exception.controls, plan.controlIdSet)) {
    throw new UnknownExceptionControlError(unknownExceptionControls(exception, plan.controlIds));
  }
  // One finding per step, unless the gate stops the run (then the gate's finding alone): the
  // array is sized once (measured faster than pushing into an empty one, which grows it).
  const count = steps.length;
  // Stryker disable next-line ArrayDeclaration: the size is for speed only; every index is assigned before the array is returned.
  const findings = new Array<Finding>(count);
  const scheme = plan.scheme;
  let worst = 0;
  for (let i = 0; i < count; i++) {
    const step = steps[i] as CompiledStep;
    // The first step has a call site of its own: it is the same few functions whatever the kind
    // (the scope gate of 5(1) in the catalog), so V8 can inline them there; the later steps' site
    // sees every other check and stays megamorphic.
    const name = i === 0 ? step.check(subject as never, step.parameters, context, scheme) : step.check(subject as never, step.parameters, context, scheme);
    const compiledVerdict: CompiledVerdict | undefined = step.verdicts[name];
    // The types make an undeclared name a compile error for a control made with defineControl; a
    // policy assembled by hand (JavaScript, or a cast) can still hand one in, so it is refused here.
    if (compiledVerdict === undefined) throw undeclaredName(step, name);
    if (compiledVerdict.stopsAtGate) return decision(plan.ref, kind, subject.id, "not-applicable", [compiledVerdict.finding], context.asOf);
    if (exception !== undefined && compiledVerdict.isFail && exception.controls.includes(step.controlId)) {
      const judged = judgeException(exception, step.controlId, step.admitsException, subject, context.asOfDay);
      if (judged.used) {
        findings[i] = findingWithException(step.exceptionPass as Finding, exception, plan.locale);
        if (worst < 1) worst = 1;
      } else {
        findings[i] = findingWithRejectedException(compiledVerdict.finding, exception, judged.reason);
        worst = compiledVerdict.severity;
      }
      continue;
    }
    findings[i] = compiledVerdict.finding;
    if (compiledVerdict.severity > worst) worst = compiledVerdict.severity;
  }
  return decision(plan.ref, kind, subject.id, OUTCOME_BY_SEVERITY[worst] as Decision["outcome"], findings, context.asOf);
}

function allKnown(ids: readonly string[], known: ReadonlySet<string>): boolean {
  for (let i = 0; i < ids.length; i++) if (!known.has(ids[i] as string)) return false;
  return true;
}

// Off the hot path: built only when a hand-assembled policy's check returns a name its table lacks.
function undeclaredName(step: CompiledStep, name: unknown): Error {
  return new Error(`control ${step.controlId} returned a verdict name it does not declare: ${JSON.stringify(name)}`);
}

// One of four literal shapes, each with its keys in the same order (as a spread would append
// `asOf`): every decision of a shape shares one hidden class, so what reads decisions (the audit
// tally, a caller's loop) stays monomorphic, and no spread copies the object a second time.
function decision(policy: PolicyRef, kind: Subject["kind"], subjectId: string | undefined, outcome: Decision["outcome"], findings: Finding[], asOf: DecisionAsOf | undefined): Decision {
  if (asOf === undefined) return subjectId === undefined ? { outcome, policy, kind, findings } : { outcome, policy, kind, subjectId, findings };
  return subjectId === undefined ? { outcome, policy, kind, findings, asOf } : { outcome, policy, kind, subjectId, findings, asOf };
}

/** The context a compiled policy runs with: the date for the checks, and the `asOf` a decision states. */
export interface RunContext extends CheckContext {
  /** The date judged as of and its source, stated on the decision; absent without a date. */
  readonly asOf: DecisionAsOf | undefined;
}

/**
 * The date context for a subject: the `asOf` option, else the subject's own `asOf`.
 *
 * @param subject - The subject.
 * @param asOfDay - The `asOf` option as a day number, if given.
 * @param asOf - The `asOf` option as given (`YYYY-MM-DD`), which the decision states.
 * @returns The context for the checks.
 */
export function contextFor(subject: Subject, asOfDay: number | undefined, asOf?: string): RunContext {
  if (asOfDay !== undefined) {
    return asOf === undefined ? { asOfDay, asOf: undefined } : { asOfDay, asOf: Object.freeze({ date: asOf, source: "option" as const }) };
  }
  if (subject.kind === "organization" && subject.asOf !== undefined) {
    return { asOfDay: dayNumber(subject.asOf), asOf: Object.freeze({ date: subject.asOf, source: "subject" as const }) };
  }
  return NO_DATE;
}

const NO_DATE: RunContext = Object.freeze({ asOfDay: undefined, asOf: undefined });

/**
 * `evaluate` without the input guard, for the benchmark's before/after comparison only (never
 * exported from the package): the subject must already be valid, own-data input.
 *
 * @param subject - A valid subject.
 * @returns The decision.
 * @internal
 */
export function evaluateUnguarded(subject: Subject): Decision {
  return runCompiled(defaultPlan(), subject, contextFor(subject, undefined));
}

/**
 * Evaluates a subject and options the guard has already checked (`safeEvaluate`'s path, which
 * guards once). Never exported from the package.
 *
 * @param checked - The guard's copy of the subject.
 * @param read - The guard's reading of the options.
 * @returns The decision.
 * @internal
 */
export function evaluateChecked(checked: Subject, read: GuardedOptions): Decision {
  const plan = read.policy === undefined && read.locale === undefined ? defaultPlan() : compiledPolicy((read.policy as Policy | undefined) ?? currentPolicy, read.locale ?? "ja");
  return runCompiled(plan, checked, contextFor(checked, read.asOf === undefined ? undefined : dayNumber(read.asOf), read.asOf));
}
