import type { Control } from "../controls/control.js";
import type { Policy } from "../policy/policy.js";
import { formatPath } from "../validation/input-error.js";
import type { SafeResult } from "../validation/safe-evaluate.js";
import { OverlayRejectedError, type OverlayIssue, type OverlayIssueCode } from "./overlay-error.js";

// The problems an overlay check collects, and the rejection they make: shared by every step of
// `extendPolicy` (parse, triage, meaning checks).

/** A path into the overlay (or the base), e.g. `["controls", 2, "id"]`. */
export type Path = readonly (string | number)[];

/** A control as an issue names it: provenance, id and clause. */
export function describeControl(control: Control): string {
  return `${control.provenance} control ${JSON.stringify(control.id)} (clause ${control.clause})`;
}

/** Collects problems with their paths. */
export class Issues {
  readonly list: OverlayIssue[] = [];

  add(path: Path, code: OverlayIssueCode, message: string, control?: string): void {
    const issue: OverlayIssue = control === undefined
      ? { path: [...path], at: formatPath(path), code, message }
      : { path: [...path], at: formatPath(path), code, message, control };
    this.list.push(issue);
  }
}

/** The rejection of an overlay: every issue found, in an `OverlayRejectedError`. */
export function rejected(issues: Issues, overlayId: string | undefined): SafeResult<Policy> {
  return { success: false, error: new OverlayRejectedError(issues.list, overlayId) };
}
