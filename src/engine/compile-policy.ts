import { compileClassificationScheme, type CompiledClassificationScheme } from "../classification/compiled-scheme.js";
import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import { schemeRewording } from "../classification/scheme-wording.js";
import type { Check, Control } from "../controls/control.js";
import type { ControlParameters, Verdict } from "../controls/verdict.js";
import type { PolicyRef } from "../decision/decision.js";
import type { Finding } from "../decision/finding.js";
import { STATUS_SEVERITY } from "../decision/outcome.js";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { Policy } from "../policy/policy.js";
import type { SubjectKind } from "../subjects/subject.js";
import { SUBJECT_KINDS } from "../subjects/subject-kinds.js";

/** What a verdict becomes in a decision, worked out once: the finding and how severe it is. */
export interface CompiledVerdict {
  /** The prebuilt, frozen finding. */
  readonly finding: Finding;
  /** The finding's severity (`STATUS_SEVERITY`), so the hot path does no lookup. */
  readonly severity: number;
  /** Whether this verdict ends the decision: a gate's `not-applicable` (out of scope). */
  readonly stopsAtGate: boolean;
  /** Whether this verdict is a `fail`: only a fail is judged against a recorded exception that names the control. */
  readonly isFail: boolean;
}

/** One control, ready to run for one subject kind: its check, its parameters and its prebuilt findings. */
export interface CompiledStep {
  /** The control's id. */
  readonly controlId: string;
  readonly check: Check<SubjectKind, ControlParameters>;
  readonly parameters: ControlParameters;
  /** What each verdict the control can give becomes, built once, by the name its check returns (no prototype: only declared names are found). */
  readonly verdicts: Readonly<Record<string, CompiledVerdict>>;
  /** Whether the control admits a recorded exception. */
  readonly admitsException: boolean;
  /** The base of a finding that an exception turned into a pass; the exception and its message are added per use. */
  readonly exceptionPass: Finding | undefined;
}

/** A policy compiled for one locale: for each subject kind, the steps to run, in canonical order. */
export interface CompiledPolicy {
  readonly ref: PolicyRef;
  /** The locale of `reason` it was compiled for. */
  readonly locale: Locale;
  /** The ids of every control of the policy, against which an exception's `controls` are checked. */
  readonly controlIds: readonly string[];
  /** The same ids as a set, for the runner's check that every id an exception names is known. */
  readonly controlIdSet: ReadonlySet<string>;
  readonly steps: Readonly<Record<SubjectKind, readonly CompiledStep[]>>;
  /** The policy's classification scheme, compiled: the checks' fourth argument. */
  readonly scheme: CompiledClassificationScheme;
}

function resolveMessage(verdict: Verdict, parameters: ControlParameters): LocalizedText {
  return typeof verdict.message === "function" ? verdict.message(parameters) : verdict.message;
}

function buildFinding(control: Control, status: Finding["status"], message: LocalizedText, locale: Locale): Finding {
  const base = {
    control: control.id,
    title: control.title,
    status,
    clause: control.clause,
    provenance: control.provenance,
    category: control.category,
    message,
    reason: message[locale],
    threats: control.threats,
  };
  return deepFreeze(status === "fail" || status === "manual" ? { ...base, remediation: control.remediation } : base);
}

/**
 * Compiles a policy for one locale: for each subject kind, the controls that apply, their
 * resolved parameters and every finding they can produce, prebuilt and frozen. Done once per
 * policy and locale, so that evaluating allocates nothing but the decision.
 */
export function compilePolicy(policy: Policy, locale: Locale): CompiledPolicy {
  const steps = {} as Record<SubjectKind, CompiledStep[]>;
  for (const kind of SUBJECT_KINDS) steps[kind] = [];
  // The catalog's messages are in the default scheme's words; the policy's scheme words them (an organisation's own are its own words).
  const reword = schemeRewording(guidelineClassificationScheme, policy.classificationScheme ?? guidelineClassificationScheme);
  for (const control of policy.controls) {
    const parameters = policy.parameters[control.id] ?? {};
    // A control assembled by hand (not by defineControl) may lack the table: then no name is declared.
    // Built as a plain object, then given no prototype (so "toString" is no verdict): unlike
    // Object.create(null), which V8 keeps in dictionary mode, it keeps fast properties.
    const verdicts = Object.setPrototypeOf(
      Object.fromEntries(
        Object.entries(control.verdictsByName ?? {}).map(([name, verdict]) => [
          name,
          Object.freeze({
            finding: buildFinding(control, verdict.status, control.provenance === "organization" ? resolveMessage(verdict, parameters) : reword(resolveMessage(verdict, parameters)), locale),
            severity: STATUS_SEVERITY[verdict.status],
            stopsAtGate: control.gate && verdict.status === "not-applicable",
            isFail: verdict.status === "fail",
          }),
        ]),
      ),
      null,
    ) as Record<string, CompiledVerdict>;
    const exceptionPass = control.admitsException ? buildFinding(control, "pass", control.requirement, locale) : undefined;
    for (const kind of SUBJECT_KINDS) {
      const check = control.checks[kind] as Check<SubjectKind, ControlParameters> | undefined;
      if (check === undefined) continue;
      steps[kind].push({ controlId: control.id, check, parameters, verdicts, admitsException: control.admitsException, exceptionPass });
    }
  }
  const controlIds = policy.controls.map((control) => control.id);
  const frozen = deepFreeze({ ref: { id: policy.id, version: policy.version }, locale, controlIds, steps });
  return Object.freeze({
    ...frozen,
    controlIdSet: new Set(controlIds),
    scheme: compileClassificationScheme(policy.classificationScheme ?? guidelineClassificationScheme),
  }) as CompiledPolicy;
}

