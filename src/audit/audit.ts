import { STATUS_SEVERITY } from "../decision/outcome.js";
import type { Decision, Outcome, PolicyRef } from "../decision/decision.js";
import type { ThreatRef } from "../definitions/vocabulary.js";
import { guardOptions, guardSubjectAt } from "../engine/guard-subject.js";
import { compiledPolicy, contextFor, runCompiled, type EvaluateOptions } from "../evaluate.js";
import { dayNumber } from "../internal/calendar.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import type { Subject } from "../subjects/subject.js";

/** A subject named in a report: its position in the input and its `id` if it has one. */
export interface SubjectRef {
  /** Zero-based position in the audited list (or line order in a stream). */
  readonly index: number;
  /** The subject's `id`, if it has one. */
  readonly id?: string;
}

/** How many findings of one control (or threat) had each status, and which subjects failed. */
export interface StatusTally {
  /** How many findings passed. */
  readonly pass: number;
  /** How many findings failed. */
  readonly fail: number;
  /** How many findings need review by a person (`manual`). */
  readonly manual: number;
  /** How many findings did not apply. */
  readonly "not-applicable": number;
  /** The subjects with a `fail` finding, in input order. */
  readonly failing: readonly SubjectRef[];
}

/** The summary of an audit, in a shape a report can be built from. */
export interface AuditSummary {
  /** How many subjects were audited. */
  readonly total: number;
  /** How many decisions had each outcome. */
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Per control id (in catalog order): counts per status and the failing subjects. */
  readonly controls: Readonly<Record<string, StatusTally>>;
  /** Per threat and threat example (T1 … T5.3): counts of the findings of controls that counter it. */
  readonly threats: Readonly<Partial<Record<ThreatRef, StatusTally>>>;
  /** Per subject kind: how many subjects of that kind. */
  readonly kinds: Readonly<Partial<Record<Subject["kind"], number>>>;
}

/** The result of `audit`: the policy used, the `asOf` date, one decision per subject, and the summary. */
export interface AuditResult {
  /** The policy that made every decision. */
  readonly policy: PolicyRef;
  /** The date date-based controls were judged as of, if one was given. */
  readonly asOf?: string;
  /** One decision per subject, in input order. */
  readonly decisions: readonly Decision[];
  /** Counts per outcome, control and threat, and the failing subjects. */
  readonly summary: AuditSummary;
}

function bump(counts: Float64Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

/**
 * An audit in progress: add subjects one at a time (for example while streaming an NDJSON
 * inventory), then read the summary. Keeps no decision unless asked to, so memory stays bounded
 * by the number of failing subjects.
 */
export interface Auditor {
  /**
   * Evaluates one subject and counts it.
   *
   * @param subject - A valid subject.
   * @returns Its decision.
   */
  add(subject: Subject): Decision;
  /**
   * The summary so far.
   *
   * @returns A snapshot of the counts.
   */
  summary(): AuditSummary;
  /** The policy that makes the decisions. */
  readonly policy: PolicyRef;
}

/**
 * Starts an audit that subjects can be added to one by one.
 *
 * @param options - The policy, locale and `asOf`, as for `evaluate`.
 * @returns An auditor.
 * @example
 * ```ts
 * const auditor = createAuditor({ asOf: "2026-04-01" });
 * for (const asset of inventory) auditor.add(asset);
 * auditor.summary().outcomes["non-compliant"];
 * ```
 */
export function createAuditor(options?: EvaluateOptions): Auditor {
  const read = guardOptions(options);
  const policy: Policy = (read.policy as Policy | undefined) ?? currentPolicy;
  const plan = compiledPolicy(policy, read.locale ?? "ja");
  const asOfDay = read.asOf === undefined ? undefined : dayNumber(read.asOf);

  // Counters are flat typed arrays indexed [row * 4 + severity] (severity: not-applicable 0, pass 1,
  // manual 2, fail 3), so counting a finding is arithmetic, not string-keyed record updates.
  const threatIds: ThreatRef[] = [];
  for (const threat of policy.threats) {
    threatIds.push(threat.id as ThreatRef);
    for (const example of threat.examples) threatIds.push(example.id as ThreatRef);
  }
  const threatIndex = new Map(threatIds.map((id, index) => [id, index]));
  const controlRows = new Map<string, { readonly index: number; readonly threats: Int32Array }>();
  policy.controls.forEach((control, index) => {
    const rows = control.threats.map((threat) => threatIndex.get(threat)).filter((row): row is number => row !== undefined);
    controlRows.set(control.id, { index, threats: Int32Array.from(rows) });
  });
  const controlCounts = new Float64Array(policy.controls.length * 4);
  const threatCounts = new Float64Array(threatIds.length * 4);
  const controlFailing: SubjectRef[][] = policy.controls.map(() => []);
  const threatFailing: SubjectRef[][] = threatIds.map(() => []);
  const lastFailingSubject = new Float64Array(threatIds.length).fill(-1);
  const outcomes: Record<Outcome, number> = { compliant: 0, "non-compliant": 0, "needs-review": 0, "not-applicable": 0 };
  const kinds: Partial<Record<Subject["kind"], number>> = {};
  let total = 0;

  function tally(counts: Float64Array, row: number, failing: readonly SubjectRef[]): StatusTally {
    return {
      pass: counts[row * 4 + 1] as number,
      fail: counts[row * 4 + 3] as number,
      manual: counts[row * 4 + 2] as number,
      "not-applicable": counts[row * 4] as number,
      failing: Object.freeze(failing.slice()),
    };
  }

  return {
    policy: plan.ref,
    add(input) {
      const subject = guardSubjectAt(input, total, plan.scheme);
      const decision = runCompiled(plan, subject, contextFor(subject, asOfDay, read.asOf));
      const index = total++;
      outcomes[decision.outcome]++;
      kinds[subject.kind] = (Object.hasOwn(kinds, subject.kind) ? (kinds[subject.kind] as number) : 0) + 1; // own counts only: never a polluted prototype
      let ref: SubjectRef | undefined;
      for (const finding of decision.findings) {
        const row = controlRows.get(finding.control);
        if (row === undefined) continue;
        const severity = STATUS_SEVERITY[finding.status];
        bump(controlCounts, row.index * 4 + severity);
        const threats = row.threats;
        for (let j = 0; j < threats.length; j++) bump(threatCounts, (threats[j] as number) * 4 + severity);
        if (severity !== 3) continue;
        ref ??= Object.freeze(subject.id === undefined ? { index } : { index, id: subject.id });
        (controlFailing[row.index] as SubjectRef[]).push(ref);
        for (let j = 0; j < threats.length; j++) {
          const threat = threats[j] as number;
          if (lastFailingSubject[threat] === index) continue;
          lastFailingSubject[threat] = index;
          (threatFailing[threat] as SubjectRef[]).push(ref);
        }
      }
      return decision;
    },
    summary() {
      const controls: Record<string, StatusTally> = {};
      policy.controls.forEach((control, row) => {
        controls[control.id] = tally(controlCounts, row, controlFailing[row] as SubjectRef[]);
      });
      const threats: Partial<Record<ThreatRef, StatusTally>> = {};
      threatIds.forEach((id, row) => {
        threats[id] = tally(threatCounts, row, threatFailing[row] as SubjectRef[]);
      });
      // A fresh snapshot each time, frozen: nothing a caller does to one changes the next.
      return deepFreeze({ total, outcomes: { ...outcomes }, controls, threats, kinds: { ...kinds } }) as AuditSummary;
    },
  };
}

/**
 * Audits a whole inventory: one decision per subject, plus counts per outcome, per control and
 * per threat, and the subjects that fail each control.
 *
 * @param subjects - The subjects (assets, actions, the organisation's posture), already valid.
 * @param options - The policy, locale and `asOf`, as for `evaluate`.
 * @returns The decisions and the summary.
 * @example
 * ```ts
 * import { audit } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = audit(inventory, { asOf: "2026-04-01" });
 * result.summary.outcomes["non-compliant"]; // how many assets fail some control
 * result.summary.controls["mynumber-isolation"].failing; // which ones fail isolation
 * ```
 */
export function audit(subjects: readonly Subject[], options?: EvaluateOptions): AuditResult {
  const auditor = createAuditor(options);
  const decisions: Decision[] = new Array<Decision>(subjects.length);
  for (let i = 0; i < subjects.length; i++) decisions[i] = auditor.add(subjects[i] as Subject);
  const base = { policy: auditor.policy, decisions, summary: auditor.summary() };
  const asOf = guardOptions(options).asOf;
  return asOf === undefined ? base : { ...base, asOf };
}
