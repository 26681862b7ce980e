import type { FindingStatus } from "../controls/finding-status.js";
import type { Outcome } from "./decision.js";

/** Statuses from least to most severe; the outcome is the most severe. */
export const STATUS_SEVERITY: Readonly<Record<FindingStatus, number>> = Object.freeze({
  "not-applicable": 0,
  pass: 1,
  manual: 2,
  fail: 3,
});

/** Outcomes by severity, the inverse of `STATUS_SEVERITY`. */
export const OUTCOME_BY_SEVERITY: readonly Outcome[] = Object.freeze(["not-applicable", "compliant", "needs-review", "non-compliant"]);

/**
 * The outcome of a set of findings: the worst status wins, whatever the order.
 *
 * @param statuses - The findings' statuses, in any order.
 * @returns `non-compliant` if any failed, else `needs-review` if any need a person, else `compliant` if any passed, else `not-applicable`.
 * @example
 * ```ts
 * outcomeOf(["pass", "manual", "not-applicable"]); // "needs-review"
 * ```
 */
export function outcomeOf(statuses: Iterable<FindingStatus>): Outcome {
  let worst = 0;
  for (const status of statuses) worst = Math.max(worst, STATUS_SEVERITY[status]);
  return OUTCOME_BY_SEVERITY[worst] as Outcome;
}
