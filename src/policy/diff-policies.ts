import { deepFreeze } from "../internal/deep-freeze.js";
import type { Policy } from "./policy.js";
import { diffClauses } from "./clause-diff.js";
import { controlSnapshot, diffControls } from "./control-diff.js";
import { same } from "./diff-values.js";
import type { GlossaryChange, PolicyDiff, PolicyDiffSide, PolicyPart } from "./policy-diff-model.js";
import { assessChanges, type AssessedChange } from "./version-bump.js";

// What changed from one policy to another: the clause diff (clause-diff.ts), the control diff
// (control-diff.ts), the overlays' glossaries and the other parts, summed up under the
// versioning rule (version-bump.ts) into the diff model (policy-diff-model.ts).

export type {
  ChangeDirection,
  VersionBump,
  ClauseSnapshot,
  ClauseRewording,
  ControlSnapshot,
  ControlDiff,
  ControlFieldChange,
  GlossaryChange,
  PolicyPart,
  PolicyDiffSide,
  PolicyDiff,
} from "./policy-diff-model.js";

function side(policy: Policy): PolicyDiffSide {
  return {
    id: policy.id,
    version: policy.version,
    effectiveDate: policy.effectiveDate,
    overlays: (policy.overlays ?? []).map((overlay) => `${overlay.id}@${overlay.version}`),
  };
}

const OTHER_PARTS: readonly PolicyPart[] = ["title", "terms", "threats", "scope", "layers", "obligations", "measures", "classificationScheme", "handlingRequirements"];

/**
 * Says what changed from one policy to another: clauses added, removed or reworded (with both
 * texts); controls added, removed, re-parameterised, relabelled, re-cited or changed in exception
 * admission; overlay terms; and, for each change, whether it makes decisions stricter or looser
 * and the least version bump it needs under the versioning rule (docs/versioning.md). Pure; the
 * result is deeply frozen and can be printed with `renderPolicyDiffMarkdown`.
 *
 * It compares data. A check's logic is compared only through its function's source and its
 * verdicts (and, for an organisation control, its rule), so a change it cannot see through those
 * is reported with direction `unknown` at best; read the changeset too.
 *
 * @param from - The older policy (e.g. the pinned one, or the base of an overlay).
 * @param to - The newer policy (e.g. the current one, or the extended one).
 * @returns The structured diff.
 * @example
 * ```ts
 * import { diffPolicies, extendPolicy, policy, renderPolicyDiffMarkdown } from "@miyagi-kouiki/infosec-policy";
 *
 * const diff = diffPolicies(policy, extendPolicy(policy, overlay));
 * diff.controls.added.map((control) => control.id); // the overlay's organisation controls
 * diff.mayTighten; // true: some compliant decision can become non-compliant
 * console.log(renderPolicyDiffMarkdown(diff, "ja"));
 * ```
 */
export function diffPolicies(from: Policy, to: Policy): PolicyDiff {
  const clauses = diffClauses(from, to);
  const controls = diffControls(from, to);

  // Overlay glossaries.
  const termsOf = (policy: Policy) => new Map((policy.overlays ?? []).flatMap((overlay) => overlay.glossary).map((term) => [term.id, term] as const));
  const [termsFrom, termsTo] = [termsOf(from), termsOf(to)];
  const glossary: GlossaryChange[] = [];
  for (const id of new Set([...termsFrom.keys(), ...termsTo.keys()])) {
    const [before, after] = [termsFrom.get(id), termsTo.get(id)];
    if (!same(before, after)) glossary.push({ id, before, after });
  }

  const otherParts = OTHER_PARTS.filter((part) => from[part] !== to[part] && !same(from[part], to[part]));

  // Directions and bumps of every change, for the summary.
  const assessed: AssessedChange[] = [];
  for (const _ of clauses.added) assessed.push({ direction: "unknown", bump: "minor" });
  for (const _ of clauses.removed) assessed.push({ direction: "unknown", bump: "major" });
  for (const each of clauses.reworded) assessed.push(each);
  // An added control that is not a gate only adds findings: never better. A removed one: never worse.
  for (const control of controls.added) assessed.push(control.gate ? { direction: "unknown", bump: "major" } : { direction: "stricter", bump: "minor" });
  for (const control of controls.removed) assessed.push({ direction: control.gate ? "unknown" : "looser", bump: "major" });
  for (const each of controls.changed) assessed.push(...each.changes);
  for (const each of glossary) assessed.push({ direction: "neutral", bump: each.after === undefined ? "major" : each.before === undefined ? "minor" : "patch" });
  for (const _ of otherParts) assessed.push({ direction: "unknown", bump: "minor" });
  const summary = assessChanges(assessed);

  return deepFreeze({
    from: side(from),
    to: side(to),
    clauses,
    controls: {
      added: controls.added.map((control) => controlSnapshot(control, to)),
      removed: controls.removed.map((control) => controlSnapshot(control, from)),
      changed: controls.changed,
    },
    glossary,
    otherParts,
    empty: summary.empty,
    mayTighten: summary.mayTighten,
    mayLoosen: summary.mayLoosen,
    direction: summary.direction,
    bump: summary.bump,
  }) as PolicyDiff;
}
