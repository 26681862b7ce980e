import type { Policy } from "../policy/policy.js";
import { SEMVER_WITHOUT_BUILD } from "../internal/semver.js";
import { Issues, describeControl, type Path } from "./overlay-issues.js";

// Step 2 of `extendPolicy`, triage: whether the base is a policy value at all, and the weakening a
// malformed rule still shows (a taken id, a forged provenance), so that one pass reports it.

/** Whether the base is a policy value (`policy`, one of `policies`, an extended one); the issues if not. Never throws. */
export function checkBase(base: unknown, issues: Issues): base is Policy {
  try {
    return checkBaseShape(base, issues);
  } catch (error) {
    issues.add([], "invalid-base", `the base is not a policy value: reading it threw (${error instanceof Error ? error.message : "an error"}); use \`policy\`, one of \`policies\`, or \`getPolicy(version)\``);
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function checkBaseShape(base: unknown, issues: Issues): base is Policy {
  const candidate = base as Partial<Policy> | null;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    !Object.isFrozen(candidate) ||
    typeof candidate.id !== "string" ||
    typeof candidate.version !== "string" ||
    !Array.isArray(candidate.controls) ||
    !Array.isArray(candidate.clauses) ||
    typeof candidate.parameters !== "object" ||
    candidate.parameters === null ||
    !candidate.controls.every((control: unknown) => isRecord(control) && typeof control.id === "string" && typeof control.clause === "string" && typeof control.provenance === "string" && isRecord(control.parameters)) ||
    !candidate.clauses.every((clause: unknown) => isRecord(clause) && typeof clause.ref === "string") ||
    !Object.values(candidate.parameters).every(isRecord) ||
    !(candidate.overlays === undefined || Array.isArray(candidate.overlays))
  ) {
    issues.add([], "invalid-base", "the base is not a policy value (use `policy`, one of `policies`, or `getPolicy(version)`)");
    return false;
  }
  if ((candidate.overlays?.length ?? 0) > 0) {
    issues.add(
      [],
      "base-already-extended",
      `the base ${candidate.id}@${candidate.version} already includes an overlay; apply one overlay to a shipped policy (merge your standards into one overlay)`,
    );
    return false;
  }
  if (!SEMVER_WITHOUT_BUILD.test(candidate.version)) {
    issues.add([], "invalid-base", `the base version ${JSON.stringify(candidate.version)} is not a semver version without build metadata`);
    return false;
  }
  return true;
}

/** The weakening a malformed rule still shows: a taken id, or a forged provenance. */
export function checkMalformedRule(entry: unknown, path: Path, base: Policy, issues: Issues): void {
  if (typeof entry !== "object" || entry === null || typeof base !== "object" || base === null || !Array.isArray(base.controls)) return;
  const { id, provenance } = entry as { id?: unknown; provenance?: unknown };
  if (typeof id !== "string") return;
  const taken = base.controls.find((control) => control.id === id);
  if (taken !== undefined) {
    issues.add([...path, "id"], "control-id-taken", `control id ${JSON.stringify(id)} is already the ${describeControl(taken)}: an added control with its id would replace it; give the organisation's control a new id`, id);
  }
  if (typeof provenance === "string" && provenance !== "organization") {
    issues.add(
      [...path, "provenance"],
      "organization-provenance-only",
      `control ${JSON.stringify(id)} claims provenance ${JSON.stringify(provenance)}: an overlay adds only the organisation's own controls, whose provenance is "organization"`,
      id,
    );
  }
}
