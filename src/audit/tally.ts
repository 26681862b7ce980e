import type { Decision, Outcome } from "../decision/decision.js";
import type { Finding } from "../decision/finding.js";
import type { ThreatRef } from "../definitions/vocabulary.js";
import type { CompiledPolicy } from "../engine/compile-policy.js";
import type { Policy } from "../policy/policy.js";
import type { SubjectKind } from "../subjects/subject.js";
import { SUBJECT_KINDS } from "../subjects/subject-kinds.js";

/** A subject a tally names as failing: its position in the input and its `id` if it has one. */
export interface TallyRef {
  readonly index: number;
  readonly id?: string;
}

/** The four counts of one row (a control, a threat or a threat's example). */
export interface TallyCounts {
  readonly pass: number;
  readonly fail: number;
  readonly manual: number;
  readonly "not-applicable": number;
}

/**
 * The one count of findings behind `audit` and the audit report: per outcome, subject kind,
 * control and threat (each threat of clause 4 and each listed example), and, if asked, the
 * subjects failing each control and threat.
 *
 * Indices are worked out once per tally from the compiled policy: each kind's steps give the
 * control row of the finding at each position (a decision lists one finding per step, in step
 * order), each control row its threat rows, and each status its severity slot, so counting a
 * finding is one increment of a flat array, with no lookup by id on the way (a threat's counts
 * are the sums of its controls' rows, added up when read).
 */
export interface Tally {
  /** Counts a decision (of the subject at `index`, with `id` if it has one). */
  add(decision: Decision, index: number, id: string | undefined): void;
  /** How many decisions were counted. */
  readonly total: number;
  /** The outcome counts, a fresh copy. */
  outcomes(): Record<Outcome, number>;
  /** The counts per subject kind (only kinds seen), a fresh copy. */
  kinds(): Partial<Record<SubjectKind, number>>;
  /** The counts of the control at `row` (its position in `policy.controls`). */
  control(row: number): TallyCounts;
  /** The counts of the threat or example `id`, or `undefined` if the policy has none of that id. */
  threat(id: ThreatRef): TallyCounts | undefined;
  /** The subjects failing the control at `row`, in input order (empty unless `failing` was asked for). */
  controlFailing(row: number): readonly TallyRef[];
  /** The subjects failing a control that counters threat `id`, in input order, each once. */
  threatFailing(id: ThreatRef): readonly TallyRef[];
  /** Every threat and example id of the policy, in document order (threat, then its examples). */
  readonly threatIds: readonly ThreatRef[];
}

// Slots of a row, by severity: not-applicable 0, pass 1, manual 2, fail 3 (STATUS_SEVERITY).
const FAIL = 3;

/** STATUS_SEVERITY by comparisons of interned strings, not a keyed lookup (test/audit checks they agree). */
export const severityOf = (status: Finding["status"]): number => (status === "pass" ? 1 : status === "fail" ? FAIL : status === "manual" ? 2 : 0);

/** What the tally knows of one subject kind, worked out once. */
interface KindIndex {
  /** Its slot in the kind counts. */
  readonly slot: number;
  /** The control id of the finding at each position (step order). */
  readonly ids: readonly string[];
  /** The control row of the finding at each position. */
  readonly rows: Int32Array;
}

/**
 * Starts a tally for a policy compiled with `plan`.
 *
 * @param policy - The policy the decisions come from.
 * @param plan - Its compiled form (the same policy).
 * @param failing - Whether to keep the failing subjects per control and threat.
 * @returns The empty tally.
 * @example
 * ```ts
 * const tally = createTally(policy, compiledPolicy(policy, "ja"), true);
 * tally.add(evaluate(subject), 0, subject.id);
 * tally.control(0).pass; // 1
 * ```
 */
export function createTally(policy: Policy, plan: CompiledPolicy, failing: boolean): Tally {
  const threatIds: ThreatRef[] = [];
  for (const threat of policy.threats) {
    threatIds.push(threat.id as ThreatRef);
    for (const example of threat.examples) threatIds.push(example.id as ThreatRef);
  }
  const threatRow = new Map(threatIds.map((id, row) => [id, row]));
  const controlRow = new Map(policy.controls.map((control, row) => [control.id, row]));
  const threatRowsOfControl: Int32Array[] = policy.controls.map((control) =>
    Int32Array.from(control.threats.map((threat) => threatRow.get(threat)).filter((row): row is number => row !== undefined)),
  );
  // Per kind: its slot in the kind counts, and the control id and row of the finding at each
  // position; one object per kind, looked up by the decision's kind (no Map on the way).
  const byKind = Object.setPrototypeOf(
    Object.fromEntries(
      SUBJECT_KINDS.map((kind, slot): [string, KindIndex] => {
        const steps = plan.steps[kind];
        return [kind, { slot, ids: steps.map((step) => step.controlId), rows: Int32Array.from(steps.map((step) => controlRow.get(step.controlId) ?? -1)) }];
      }),
    ),
    null,
  ) as Readonly<Record<string, KindIndex>>;
  const controlCounts = new Float64Array(policy.controls.length * 4);
  // A threat row counts every finding of every control that counters it, so its counts are the
  // sums of those controls' rows: worked out when read, not incremented per finding.
  const controlRowsOfThreat: number[][] = threatIds.map(() => []);
  threatRowsOfControl.forEach((threats, row) => threats.forEach((threat) => (controlRowsOfThreat[threat] as number[]).push(row)));
  const controlFailing: TallyRef[][] = policy.controls.map(() => []);
  const threatFailing: TallyRef[][] = threatIds.map(() => []);
  const lastFailing = new Float64Array(threatIds.length).fill(-1);
  const outcomeCounts: Record<Outcome, number> = { compliant: 0, "non-compliant": 0, "needs-review": 0, "not-applicable": 0 };
  const kindCounts = new Float64Array(SUBJECT_KINDS.length);
  let total = 0;

  const rowOf = (findings: readonly Finding[], i: number, ids: readonly string[], rows: Int32Array): number => {
    const finding = findings[i] as Finding;
    // The finding at position i comes from step i, except after a gate stopped the run early.
    return ids[i] === finding.control ? (rows[i] as number) : (controlRow.get(finding.control) ?? -1);
  };
  const countsAt = (counts: Float64Array, row: number): TallyCounts => ({
    pass: counts[row * 4 + 1] as number,
    fail: counts[row * 4 + FAIL] as number,
    manual: counts[row * 4 + 2] as number,
    "not-applicable": counts[row * 4] as number,
  });

  return {
    add(decision, index, id) {
      total++;
      outcomeCounts[decision.outcome]++;
      const { slot, ids, rows } = byKind[decision.kind] as KindIndex;
      kindCounts[slot] = (kindCounts[slot] as number) + 1;
      const findings = decision.findings;
      let ref: TallyRef | undefined;
      for (let i = 0; i < findings.length; i++) {
        const row = rowOf(findings, i, ids, rows);
        if (row < 0) continue;
        const severity = severityOf((findings[i] as Finding).status);
        const at = row * 4 + severity;
        controlCounts[at] = (controlCounts[at] as number) + 1;
        if (severity !== FAIL || !failing) continue;
        const threats = threatRowsOfControl[row] as Int32Array;
        ref ??= Object.freeze(id === undefined ? { index } : { index, id });
        (controlFailing[row] as TallyRef[]).push(ref);
        for (let j = 0; j < threats.length; j++) {
          const threat = threats[j] as number;
          if (lastFailing[threat] === index) continue;
          lastFailing[threat] = index;
          (threatFailing[threat] as TallyRef[]).push(ref);
        }
      }
    },
    get total() {
      return total;
    },
    outcomes: () => ({ ...outcomeCounts }),
    kinds() {
      const result: Partial<Record<SubjectKind, number>> = {};
      SUBJECT_KINDS.forEach((kind, i) => {
        if ((kindCounts[i] as number) > 0) result[kind] = kindCounts[i] as number;
      });
      return result;
    },
    control: (row) => countsAt(controlCounts, row),
    threat(id) {
      const row = threatRow.get(id);
      if (row === undefined) return undefined;
      const sums = new Float64Array(4);
      for (const control of controlRowsOfThreat[row] as number[]) for (let slot = 0; slot < 4; slot++) sums[slot] = (sums[slot] as number) + (controlCounts[control * 4 + slot] as number);
      return countsAt(sums, 0);
    },
    controlFailing: (row) => controlFailing[row] ?? [],
    threatFailing(id) {
      const row = threatRow.get(id);
      return row === undefined ? [] : (threatFailing[row] as TallyRef[]);
    },
    threatIds,
  };
}
