import { InvalidInputError, type InputIssue } from "../validation/input-error.js";

/**
 * Why an overlay entry was rejected. Besides these, a malformed overlay gives the validator's
 * own codes (`invalid_type`, `unrecognized_keys`, `too_big`, …).
 *
 * Weakening (never allowed, DESIGN.md invariant 9):
 * - `remove-control`, `disable-control`, `replace-control`: the overlay tries to remove, disable or replace a control.
 * - `control-id-taken`: an added control reuses the id of a control of the base policy (which would replace it).
 * - `change-basic-policy-control`: the overlay tries to change anything of a `basic-policy` control.
 * - `change-basic-policy-parameter`: the overlay tries to change a parameter of a `basic-policy` control.
 * - `relabel-control`: the overlay tries to change a control's provenance.
 * - `change-control`: the overlay tries to change a control's clause, category, threats, texts or gate.
 * - `admit-exception`: the overlay tries to let a control that does not admit exceptions admit them.
 * - `loosen-parameter`: a parameter is set to a looser value than the base's.
 * - `organization-provenance-only`: an added control claims a provenance other than `organization`.
 * - `gate-not-allowed`: an added control is a scope gate (its `not-applicable` would hide every other finding).
 * - `rule-not-monotone`: a rule would let a safeguard or approval make an outcome worse.
 *
 * Not weakening, but wrong:
 * - `unknown-control`, `unknown-parameter`, `unknown-clause`, `unknown-field`, `invalid-field-value`,
 *   `requirement-not-applicable`, `empty-requirement`, `parameter-out-of-range`,
 *   `duplicate-control-id`, `duplicate-term-id`, `invalid-control`, `invalid-base`, `base-already-extended`.
 *
 * Refused before any entry is checked:
 * - `overlay-too-large`: a part of the overlay exceeds one of `OVERLAY_LIMITS` (too many entries, too deep, too long).
 * - `not-plain-data`: the overlay is not plain data: an accessor (getter or setter), a symbol key, a class
 *   instance, or a value whose properties cannot be read (e.g. a Proxy whose trap throws).
 * - `reserved-name`: a parameter name that is a member of `Object.prototype` (`toString`, `constructor`, …).
 *
 * The classification scheme (`classificationScheme`, `classificationMapping`):
 * - `unknown-classification-scheme`: the id names no shipped scheme.
 * - `classification-mapping-missing`: no mapping from the base's scheme to the new one (none shipped, none given).
 * - `invalid-classification-mapping`: the mapping is not between the two schemes, or misses or invents a level.
 * - `classification-less-strict`: the mapping sends a level to one that meets fewer thresholds (weakening).
 */
export type OverlayIssueCode =
  | "remove-control"
  | "disable-control"
  | "replace-control"
  | "control-id-taken"
  | "change-basic-policy-control"
  | "change-basic-policy-parameter"
  | "relabel-control"
  | "change-control"
  | "admit-exception"
  | "loosen-parameter"
  | "organization-provenance-only"
  | "gate-not-allowed"
  | "rule-not-monotone"
  | "unknown-control"
  | "unknown-parameter"
  | "unknown-clause"
  | "unknown-field"
  | "invalid-field-value"
  | "requirement-not-applicable"
  | "empty-requirement"
  | "parameter-out-of-range"
  | "duplicate-control-id"
  | "duplicate-term-id"
  | "invalid-control"
  | "invalid-base"
  | "base-already-extended"
  | "overlay-too-large"
  | "not-plain-data"
  | "reserved-name"
  | "unknown-classification-scheme"
  | "classification-mapping-missing"
  | "invalid-classification-mapping"
  | "classification-less-strict";

/**
 * The issue codes of overlay entries that would weaken the policy, as opposed to merely wrong
 * ones: a report can tell "tried to weaken the basic policy" from "has a typo".
 *
 * @example
 * ```ts
 * import { OVERLAY_WEAKENING_CODES, safeExtendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = safeExtendPolicy(policy, overlay);
 * const weakening = result.success ? [] : result.error.issues.filter((issue) => OVERLAY_WEAKENING_CODES.has(issue.code as never));
 * ```
 */
export const OVERLAY_WEAKENING_CODES: ReadonlySet<OverlayIssueCode> = readOnlySet<OverlayIssueCode>([
  "remove-control",
  "disable-control",
  "replace-control",
  "control-id-taken",
  "change-basic-policy-control",
  "change-basic-policy-parameter",
  "relabel-control",
  "change-control",
  "admit-exception",
  "loosen-parameter",
  "organization-provenance-only",
  "gate-not-allowed",
  "rule-not-monotone",
  "classification-less-strict",
]);

/** One problem with an overlay: where, what, and which control it concerns. */
export interface OverlayIssue extends InputIssue {
  /** An {@link OverlayIssueCode}, or the validator's code for a malformed overlay. */
  readonly code: OverlayIssueCode | (string & {});
  /** The id of the control the entry names, if it names one. */
  readonly control?: string;
}

/**
 * Thrown by `extendPolicy` (and returned by `safeExtendPolicy`) for an overlay that is malformed
 * or that would weaken the base policy: lists every problem, each with its path in the overlay,
 * its code and a message that names the offending entry.
 *
 * @example
 * ```ts
 * import { extendPolicy, OverlayRejectedError, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * try {
 *   extendPolicy(policy, { id: "weak", version: "1.0.0", name: { ja: "弱", en: "Weak" }, remove: ["mynumber-isolation"] });
 * } catch (error) {
 *   if (error instanceof OverlayRejectedError) error.issues.map((issue) => issue.code); // ["remove-control"]
 * }
 * ```
 */
export class OverlayRejectedError extends InvalidInputError {
  /** Every problem found, in overlay order. */
  declare readonly issues: readonly OverlayIssue[];
  /** The overlay's id, if it had a readable one. */
  readonly overlayId: string | undefined;

  /**
   * @param issues - Every problem found.
   * @param overlayId - The overlay's id, if readable.
   */
  constructor(issues: readonly OverlayIssue[], overlayId?: string) {
    super(issues, "overlay");
    this.name = "OverlayRejectedError";
    this.overlayId = overlayId;
    const label = overlayId === undefined ? "overlay" : `overlay ${JSON.stringify(overlayId)}`;
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    this.message = `${label} rejected (${count}): ${issues.map((issue) => `${issue.at}: ${issue.message}`).join("; ")}`;
  }
}

/**
 * A set that cannot be changed: `add`, `delete` and `clear` throw, and the object is frozen.
 *
 * @param values - Its values.
 * @returns The read-only set.
 */
function readOnlySet<T>(values: readonly T[]): ReadonlySet<T> {
  const set = new Set<T>(values);
  // Frozen too: the function is reachable from the exported set, and every exported object is.
  const refuse = Object.freeze((): never => {
    throw new TypeError("OVERLAY_WEAKENING_CODES is read-only");
  });
  Object.defineProperties(set, { add: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
  return Object.freeze(set);
}
