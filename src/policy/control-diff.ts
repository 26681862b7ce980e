import type { Control, ParameterSpec } from "../controls/control.js";
import type { ControlParameters, Verdict } from "../controls/verdict.js";
import type { SubjectKind } from "../subjects/subject.js";
import type { Policy } from "./policy.js";
import type { ChangeDirection, ControlDiff, ControlFieldChange, ControlSnapshot, VersionBump } from "./policy-diff-model.js";
import { bumpOf } from "./version-bump.js";
import { same, multisetDifference } from "./diff-values.js";

// The control diff: controls added, removed and changed, by id, and what changed in a control
// present in both (fields, parameters, kinds, rule or check), each with its direction and bump.

function kindsOf(control: Control): SubjectKind[] {
  return Object.keys(control.checks) as SubjectKind[];
}

/** A control as the diff shows it, with its parameters in the given policy. */
export function controlSnapshot(control: Control, policy: Policy): ControlSnapshot {
  return {
    id: control.id,
    title: control.title,
    clause: control.clause,
    provenance: control.provenance,
    category: control.category,
    admitsException: control.admitsException,
    gate: control.gate,
    kinds: kindsOf(control),
    parameters: policy.parameters[control.id] ?? {},
  };
}

function defaults(control: Control): ControlParameters {
  return Object.fromEntries(Object.entries(control.parameters).map(([name, spec]) => [name, spec.default]));
}

function verdictTexts(control: Control): string[] {
  const parameters = defaults(control);
  return control.verdicts
    .map((verdict: Verdict) => `${verdict.status}: ${(typeof verdict.message === "function" ? verdict.message(parameters) : verdict.message).en}`)
    .sort();
}

function parameterDirection(spec: ParameterSpec | undefined, otherSpec: ParameterSpec | undefined, before: number | undefined, after: number | undefined): ChangeDirection {
  if (spec === undefined || otherSpec === undefined || spec.stricter !== otherSpec.stricter || before === undefined || after === undefined) return "unknown";
  if (before === after) return "neutral";
  return (spec.stricter === "lower") === after < before ? "stricter" : "looser";
}

type WithoutAssessment<T> = T extends unknown ? Omit<T, "bump" | "direction"> : never;

function change(fields: WithoutAssessment<ControlFieldChange>, direction: ChangeDirection, bump: VersionBump = bumpOf(direction)): ControlFieldChange {
  return { ...fields, direction, bump } as ControlFieldChange;
}

/** What differs in a control present in both policies (its fields, parameters, kinds, and its rule or check). */
function diffControl(a: Control, b: Control, from: Policy, to: Policy): ControlFieldChange[] {
  const changes: ControlFieldChange[] = [];
  // Parameters: every name on either side, with the values in force in each policy.
  const names = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])];
  for (const name of names) {
    const [specA, specB] = [a.parameters[name], b.parameters[name]];
    const before = specA === undefined ? undefined : (from.parameters[a.id]?.[name] ?? specA.default);
    const after = specB === undefined ? undefined : (to.parameters[b.id]?.[name] ?? specB.default);
    if (before === after && same(specA, specB)) continue;
    const direction = parameterDirection(specA, specB, before, after);
    const stricter = specA !== undefined && specB !== undefined && specA.stricter === specB.stricter ? specA.stricter : undefined;
    changes.push(change({ field: "parameter", name, before, after, unit: (specB ?? specA)?.unit ?? "", stricter }, direction));
  }
  if (a.provenance !== b.provenance) changes.push(change({ field: "provenance", before: a.provenance, after: b.provenance }, "neutral", "minor"));
  if (a.clause !== b.clause) changes.push(change({ field: "clause", before: a.clause, after: b.clause }, "neutral"));
  if (a.admitsException !== b.admitsException) {
    changes.push(change({ field: "admitsException", before: a.admitsException, after: b.admitsException }, b.admitsException ? "looser" : "stricter"));
  }
  if (a.gate !== b.gate) changes.push(change({ field: "gate", before: a.gate, after: b.gate }, "unknown", "major"));
  const [kindsA, kindsB] = [kindsOf(a), kindsOf(b)];
  if (!same([...kindsA].sort(), [...kindsB].sort())) {
    const removed = kindsA.some((kind) => !kindsB.includes(kind));
    const added = kindsB.some((kind) => !kindsA.includes(kind));
    // A non-gate control that runs for more kinds adds findings: never better. Fewer: never worse.
    const direction: ChangeDirection = a.gate || b.gate || (removed && added) ? "unknown" : added ? "stricter" : "looser";
    changes.push(change({ field: "kinds", before: kindsA, after: kindsB }, direction));
  }
  if (a.category !== b.category) changes.push(change({ field: "category", before: a.category, after: b.category }, "neutral"));
  if (!same(a.threats, b.threats)) changes.push(change({ field: "threats", before: a.threats, after: b.threats }, "neutral"));
  for (const field of ["title", "requirement", "remediation"] as const) {
    if (!same(a[field], b[field])) changes.push(change({ field, before: a[field], after: b[field] }, "neutral"));
  }
  const [ruleA, ruleB] = [a.rule, b.rule];
  if (ruleA !== undefined && ruleB !== undefined) {
    // What decides: the kind, the conditions and the requirement (title and texts are compared above).
    const logic = (rule: Readonly<Record<string, unknown>>) => ({ appliesTo: rule["appliesTo"], when: rule["when"] ?? {}, require: rule["require"] });
    if (!same(logic(ruleA), logic(ruleB))) changes.push(change({ field: "rule", before: logic(ruleA), after: logic(ruleB) }, "unknown"));
  } else {
    const changedKinds = kindsB.filter((kind) => {
      const [checkA, checkB] = [a.checks[kind], b.checks[kind]];
      return checkA !== undefined && checkA !== checkB && String(checkA) !== String(checkB);
    });
    const [textsA, textsB] = [verdictTexts(a), verdictTexts(b)];
    const removedVerdicts = multisetDifference(textsA, textsB);
    const addedVerdicts = multisetDifference(textsB, textsA);
    if (changedKinds.length > 0 || removedVerdicts.length > 0 || addedVerdicts.length > 0) {
      // Reworded verdicts with the same statuses and the same checks are wording; anything else may be logic.
      const statuses = (texts: readonly string[]) => texts.map((text) => text.slice(0, text.indexOf(":"))).sort();
      const wordingOnly = changedKinds.length === 0 && same(statuses(removedVerdicts), statuses(addedVerdicts));
      changes.push(change({ field: "check", kinds: changedKinds, removedVerdicts, addedVerdicts }, wordingOnly ? "neutral" : "unknown"));
    }
  }
  return changes;
}

/**
 * The controls added, removed and changed from one policy to another, by id.
 *
 * @param from - The older policy.
 * @param to - The newer policy.
 * @returns The added controls (in the order of `to`), the removed ones (in the order of `from`) and the changed ones (in the order of `to`).
 */
export function diffControls(from: Policy, to: Policy): { readonly added: readonly Control[]; readonly removed: readonly Control[]; readonly changed: readonly ControlDiff[] } {
  const controlsFrom = new Map(from.controls.map((control) => [control.id, control] as const));
  const controlsTo = new Map(to.controls.map((control) => [control.id, control] as const));
  const added = to.controls.filter((control) => !controlsFrom.has(control.id));
  const removed = from.controls.filter((control) => !controlsTo.has(control.id));
  const changed: ControlDiff[] = [];
  for (const after of to.controls) {
    const before = controlsFrom.get(after.id);
    if (before === undefined) continue;
    const changes = before === after && same(from.parameters[after.id], to.parameters[after.id]) ? [] : diffControl(before, after, from, to);
    if (changes.length > 0) changed.push({ id: after.id, title: after.title, provenance: after.provenance, clause: after.clause, changes });
  }
  return { added, removed, changed };
}
