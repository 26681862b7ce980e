import type { z } from "zod";
import type { Decision, PolicyRef } from "../decision/decision.js";
import type { ThreatRef } from "../definitions/vocabulary.js";
import { guardOptions, guardSubjectAt } from "../engine/guard-subject.js";
import { compiledPolicy, contextFor, runCompiled, type EvaluateOptions } from "../engine/run.js";
import { dayNumber } from "../internal/calendar.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import type { Subject } from "../subjects/subject.js";
import type { SchemeSubject } from "../classification/scheme-subject.js";
import type { AuditResultSchema, AuditSummarySchema, StatusTallySchema, SubjectRefSchema } from "./audit-schema.js";
import { createTally, type TallyCounts } from "./tally.js";

/** A subject named in a report: its position in the input and its `id` if it has one (the type of `SubjectRefSchema`). */
export type SubjectRef = z.infer<typeof SubjectRefSchema>;

/** How many findings of one control (or threat) had each status, and which subjects failed (the type of `StatusTallySchema`). */
export type StatusTally = z.infer<typeof StatusTallySchema>;

/** The summary of an audit, in a shape a report can be built from (the type of `AuditSummarySchema`). */
export type AuditSummary = z.infer<typeof AuditSummarySchema>;

/** The result of `audit`: the policy used, the `asOf` date, one decision per subject, and the summary (the type of `AuditResultSchema`). */
export type AuditResult = z.infer<typeof AuditResultSchema>;

/**
 * An audit in progress: add subjects one at a time (for example while streaming an NDJSON
 * inventory), then read the summary. Keeps no decision unless asked to, so memory stays bounded
 * by the number of failing subjects. `S` is what it takes: `Subject`, or `SchemeSubject` for an
 * auditor of a policy given explicitly (whose scheme may have other level ids).
 */
export interface Auditor<S extends Subject | SchemeSubject = Subject> {
  /**
   * Evaluates one subject and counts it.
   *
   * @param subject - A valid subject (its classification in the policy's scheme).
   * @returns Its decision.
   * @throws {InvalidSubjectError} For a subject it cannot decide soundly; nothing is counted then.
   */
  add(subject: S): Decision;
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
 * Starts an audit, by the policy given, of subjects classified in that policy's scheme (see
 * `SchemeSubject`), added one by one.
 *
 * @param options - The policy (required: its scheme gives the levels), the locale and `asOf`.
 * @returns An auditor that takes `SchemeSubject`s.
 * @example
 * ```ts
 * import { createAuditor, extendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 * const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" });
 * const auditor = createAuditor({ policy: r6 });
 * auditor.add({ kind: "carry-out", organization: "secretariat", zone: "lgwan", classification: { confidentiality: "3B", integrity: "1", availability: "1" }, approved: false });
 * auditor.summary().outcomes["non-compliant"]; // 1
 * ```
 */
export function createAuditor(options: EvaluateOptions & { readonly policy: Policy }): Auditor<SchemeSubject>;
/**
 * Starts an audit that subjects can be added to one by one.
 *
 * @param options - The policy, locale and `asOf`, as for `evaluate`.
 * @returns An auditor.
 * @example
 * ```ts
 * import { createAuditor } from "@miyagi-kouiki/infosec-policy";
 * const auditor = createAuditor({ asOf: "2026-04-01" });
 * for (const asset of inventory) auditor.add(asset);
 * auditor.summary().outcomes["non-compliant"];
 * ```
 */
export function createAuditor(options?: EvaluateOptions): Auditor;
export function createAuditor(options?: EvaluateOptions): Auditor<Subject | SchemeSubject> {
  const read = guardOptions(options);
  const policy: Policy = (read.policy as Policy | undefined) ?? currentPolicy;
  const plan = compiledPolicy(policy, read.locale ?? "ja");
  const asOfDay = read.asOf === undefined ? undefined : dayNumber(read.asOf);

  // One tally (src/audit/tally.ts), shared with the audit report, its indices worked out once here.
  const counts = createTally(policy, plan, true);
  // Frozen level by level (a generic deepFreeze walked every failing subject's ref, thousands per
  // summary, and remembered each): the counts are numbers, each ref is frozen by the tally when it
  // is made, and its fields are a number and a string.
  const tallyOf = (row: TallyCounts, failing: readonly SubjectRef[]): StatusTally => Object.freeze({ ...row, failing: Object.freeze(failing.slice()) });

  return {
    policy: plan.ref,
    add(input: Subject | SchemeSubject) {
      const index = counts.total;
      const subject = guardSubjectAt(input, index, plan.scheme);
      const decision = runCompiled(plan, subject, contextFor(subject, asOfDay, read.asOf));
      counts.add(decision, index, subject.id);
      return decision;
    },
    summary() {
      const controls: Record<string, StatusTally> = {};
      policy.controls.forEach((control, row) => {
        controls[control.id] = tallyOf(counts.control(row), counts.controlFailing(row));
      });
      const threats: Partial<Record<ThreatRef, StatusTally>> = {};
      for (const id of counts.threatIds) threats[id] = tallyOf(counts.threat(id) as TallyCounts, counts.threatFailing(id));
      // A fresh snapshot each time, frozen: nothing a caller does to one changes the next.
      return Object.freeze({
        total: counts.total,
        outcomes: Object.freeze(counts.outcomes()),
        controls: Object.freeze(controls),
        threats: Object.freeze(threats),
        kinds: Object.freeze(counts.kinds()),
      }) as AuditSummary;
    },
  };
}

/**
 * Audits subjects classified in the scheme of the policy given (see `SchemeSubject`).
 *
 * @param subjects - Subjects whose classifications use the policy's scheme's level ids.
 * @param options - The policy (required: its scheme gives the levels), the locale and `asOf`.
 * @returns The decisions, in order, and their summary.
 * @throws {InvalidSubjectError} For a subject it cannot decide soundly.
 * @example
 * ```ts
 * import { audit, extendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 * const r6 = extendPolicy(policy, { id: "std", version: "1.0.0", name: { ja: "基準", en: "Std" }, classificationScheme: "guideline-r6" });
 * audit([{ kind: "asset", organization: "secretariat", category: "terminal", zone: "lgwan", classification: { confidentiality: "3C", integrity: "1", availability: "1" } }], { policy: r6 }).decisions.length; // 1
 * ```
 */
export function audit(subjects: readonly SchemeSubject[], options: EvaluateOptions & { readonly policy: Policy }): AuditResult;
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
export function audit(subjects: readonly Subject[], options?: EvaluateOptions): AuditResult;
export function audit(subjects: readonly (Subject | SchemeSubject)[], options?: EvaluateOptions): AuditResult {
  // The guard checks each classification against the policy's scheme, whichever overload typed it.
  const auditor: Auditor<Subject | SchemeSubject> = createAuditor(options);
  const decisions: Decision[] = new Array<Decision>(subjects.length);
  for (let i = 0; i < subjects.length; i++) decisions[i] = auditor.add(subjects[i] as SchemeSubject);
  const base = { policy: auditor.policy, decisions, summary: auditor.summary() };
  const asOf = guardOptions(options).asOf;
  return asOf === undefined ? base : { ...base, asOf };
}
