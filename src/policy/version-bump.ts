import type { ChangeDirection, VersionBump } from "./policy-diff-model.js";

// The versioning rule (docs/versioning.md): the least version bump a change needs, from its
// direction, and the bump of several changes together.

const BUMP_ORDER: readonly (VersionBump | "none")[] = ["none", "patch", "minor", "major"];

/** The larger of two bumps. */
export function maxBump(a: VersionBump | "none", b: VersionBump | "none"): VersionBump | "none" {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** The least bump a change of a direction needs: looser is major, neutral is a patch, stricter or unknown is minor. */
export function bumpOf(direction: ChangeDirection): VersionBump {
  return direction === "looser" ? "major" : direction === "neutral" ? "patch" : "minor";
}

/** The direction and bump of each change a diff found, for its summary. */
export interface AssessedChange {
  /** Its direction. */
  readonly direction: ChangeDirection;
  /** The least bump it needs. */
  readonly bump: VersionBump;
}

/**
 * The summary of a diff's changes: whether there are any, whether some may tighten or loosen a
 * decision, the overall direction and the least bump all of them need together.
 *
 * @param changes - Every change, with its direction and bump.
 * @returns The summary.
 */
export function assessChanges(changes: readonly AssessedChange[]): { readonly empty: boolean; readonly mayTighten: boolean; readonly mayLoosen: boolean; readonly direction: ChangeDirection; readonly bump: VersionBump | "none" } {
  let bump: VersionBump | "none" = "none";
  for (const each of changes) bump = maxBump(bump, each.bump);
  const mayTighten = changes.some((each) => each.direction === "stricter" || each.direction === "unknown");
  const mayLoosen = changes.some((each) => each.direction === "looser" || each.direction === "unknown");
  const direction: ChangeDirection = mayTighten && mayLoosen ? "unknown" : mayTighten ? "stricter" : mayLoosen ? "looser" : "neutral";
  return { empty: changes.length === 0, mayTighten, mayLoosen, direction, bump };
}
