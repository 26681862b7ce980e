import type { Control, ParameterSpec } from "../controls/control.js";
import type { ControlParameters, Verdict } from "../controls/verdict.js";
import type { Clause } from "../definitions/clause.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import type { Provenance } from "../definitions/vocabulary.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { SubjectKind } from "../subjects/subject.js";
import type { OrganizationTerm, Policy } from "./policy.js";

/**
 * Which way a change moves decisions:
 * - `stricter`: it can turn an outcome worse (e.g. compliant into non-compliant), never better;
 * - `looser`: it can turn an outcome better, never worse;
 * - `neutral`: it changes no outcome (wording, translation, citation);
 * - `unknown`: it can move outcomes either way, or the diff cannot tell (e.g. a check's logic).
 */
export type ChangeDirection = "stricter" | "looser" | "neutral" | "unknown";

/**
 * The least version bump a change needs under the versioning rule (docs/versioning.md):
 * `major` for a removal or a loosening, `minor` for an addition, a tightening, a change whose
 * direction is unknown or a change of provenance, `patch` for wording only.
 */
export type VersionBump = "major" | "minor" | "patch";

/** A clause as the diff shows it: its reference, heading and paragraphs. */
export interface ClauseSnapshot {
  /** The clause reference, e.g. `"7(3)①"`. */
  readonly ref: string;
  /** Its heading, where it has one. */
  readonly heading?: LocalizedText;
  /** Its body, paragraph by paragraph. */
  readonly paragraphs: readonly LocalizedText[];
}

/** A clause whose heading or text differs between the two policies. */
export interface ClauseRewording {
  /** The clause reference. */
  readonly ref: string;
  /** The clause in the `from` policy. */
  readonly before: ClauseSnapshot;
  /** The clause in the `to` policy. */
  readonly after: ClauseSnapshot;
  /** What differs: the heading, the Japanese (the policy's own words) or the English (the translation). */
  readonly changed: readonly ("heading" | "text-ja" | "text-en")[];
  /** `unknown` if the Japanese changed (the policy itself says something else), else `neutral`. */
  readonly direction: ChangeDirection;
  /** The least version bump the rewording needs: `minor` if the Japanese changed, else `patch`. */
  readonly bump: VersionBump;
}

/** A control as the diff shows it. */
export interface ControlSnapshot {
  /** The control's id. */
  readonly id: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** The clause it comes from. */
  readonly clause: string;
  /** Where its rule comes from. */
  readonly provenance: Provenance;
  /** The measure it belongs to. */
  readonly category: string;
  /** Whether a recorded exception approved by the CISO can turn its `fail` into `pass`. */
  readonly admitsException: boolean;
  /** Whether it is a scope gate. */
  readonly gate: boolean;
  /** The subject kinds it applies to. */
  readonly kinds: readonly SubjectKind[];
  /** Its parameters' values in this policy. */
  readonly parameters: ControlParameters;
}

/** One difference in a control present in both policies, discriminated by `field`. */
export type ControlFieldChange = (
  | {
      /** A parameter's value changed (or the parameter was added or removed). */
      readonly field: "parameter";
      /** The parameter's name. */
      readonly name: string;
      /** Its value in the `from` policy, if it has it. */
      readonly before: number | undefined;
      /** Its value in the `to` policy, if it has it. */
      readonly after: number | undefined;
      /** Its unit, e.g. `"months"`. */
      readonly unit: string;
      /** Which way is stricter, if both policies agree on it. */
      readonly stricter: "lower" | "higher" | undefined;
    }
  | {
      /** The control's provenance changed. */
      readonly field: "provenance";
      /** The value in the `from` policy. */
      readonly before: Provenance;
      /** The value in the `to` policy. */
      readonly after: Provenance;
    }
  | {
      /** The control's clause changed. */
      readonly field: "clause";
      /** The value in the `from` policy. */
      readonly before: string;
      /** The value in the `to` policy. */
      readonly after: string;
    }
  | {
      /** The control's exception admission changed. */
      readonly field: "admitsException";
      /** The value in the `from` policy. */
      readonly before: boolean;
      /** The value in the `to` policy. */
      readonly after: boolean;
    }
  | {
      /** The control's scope gate flag changed. */
      readonly field: "gate";
      /** The value in the `from` policy. */
      readonly before: boolean;
      /** The value in the `to` policy. */
      readonly after: boolean;
    }
  | {
      /** The control's subject kinds changed. */
      readonly field: "kinds";
      /** The value in the `from` policy. */
      readonly before: readonly SubjectKind[];
      /** The value in the `to` policy. */
      readonly after: readonly SubjectKind[];
    }
  | {
      /** The control's category changed. */
      readonly field: "category";
      /** The value in the `from` policy. */
      readonly before: string;
      /** The value in the `to` policy. */
      readonly after: string;
    }
  | {
      /** The control's threats countered changed. */
      readonly field: "threats";
      /** The value in the `from` policy. */
      readonly before: readonly string[];
      /** The value in the `to` policy. */
      readonly after: readonly string[];
    }
  | {
      /** The control's wording changed. */
      readonly field: "title" | "requirement" | "remediation";
      /** The value in the `from` policy. */
      readonly before: LocalizedText;
      /** The value in the `to` policy. */
      readonly after: LocalizedText;
    }
  | {
      /** The organisation rule it was compiled from (its condition or requirement). */
      readonly field: "rule";
      /** The rule in the `from` policy. */
      readonly before: unknown;
      /** The rule in the `to` policy. */
      readonly after: unknown;
    }
  | {
      /** Its check or its verdicts changed: the logic may differ. */
      readonly field: "check";
      /** The subject kinds whose check changed. */
      readonly kinds: readonly SubjectKind[];
      /** The verdicts (status and English message) only the `from` side has. */
      readonly removedVerdicts: readonly string[];
      /** The verdicts (status and English message) only the `to` side has. */
      readonly addedVerdicts: readonly string[];
    }
) & {
  /** Which way the change can move outcomes. */
  readonly direction: ChangeDirection;
  /** The least version bump the change needs. */
  readonly bump: VersionBump;
};

/** A control present in both policies that differs. */
export interface ControlDiff {
  /** The control's id. */
  readonly id: string;
  /** Its title in the `to` policy. */
  readonly title: LocalizedText;
  /** Its provenance in the `to` policy. */
  readonly provenance: Provenance;
  /** Its clause in the `to` policy. */
  readonly clause: string;
  /** Every difference, field by field. */
  readonly changes: readonly ControlFieldChange[];
}

/** A term of an overlay's glossary that differs. */
export interface GlossaryChange {
  /** The term's id. */
  readonly id: string;
  /** The term in the `from` policy; absent if it was added. */
  readonly before: OrganizationTerm | undefined;
  /** The term in the `to` policy; absent if it was removed. */
  readonly after: OrganizationTerm | undefined;
}

/** The parts of a policy outside clauses and controls that the diff compares as wholes. */
export type PolicyPart = "title" | "terms" | "threats" | "scope" | "layers" | "obligations" | "measures" | "classificationScheme" | "handlingRequirements";

/** Identifies one side of a diff. */
export interface PolicyDiffSide {
  /** The policy's id. */
  readonly id: string;
  /** The policy's version. */
  readonly version: string;
  /** The date from which the policy applies. */
  readonly effectiveDate: string;
  /** The overlays it includes, as `id@version`. */
  readonly overlays: readonly string[];
}

/**
 * What changed from one policy to another, clause by clause and control by control, with a
 * direction (stricter or looser) and the least version bump for each change. Deeply frozen.
 * Print it with `renderPolicyDiffMarkdown`.
 */
export interface PolicyDiff {
  /** The policy compared from (the older one). */
  readonly from: PolicyDiffSide;
  /** The policy compared to (the newer one). */
  readonly to: PolicyDiffSide;
  /** The clauses added, removed and reworded. */
  readonly clauses: {
    /** Clauses only the `to` policy has. */
    readonly added: readonly ClauseSnapshot[];
    /** Clauses only the `from` policy has. */
    readonly removed: readonly ClauseSnapshot[];
    /** Clauses both have, with a different heading or text. */
    readonly reworded: readonly ClauseRewording[];
  };
  /** The controls added, removed and changed. */
  readonly controls: {
    /** In the order of the `to` policy. */
    readonly added: readonly ControlSnapshot[];
    /** In the order of the `from` policy. */
    readonly removed: readonly ControlSnapshot[];
    /** In the order of the `to` policy. */
    readonly changed: readonly ControlDiff[];
  };
  /** Terms of the overlays' glossaries added, removed or changed. */
  readonly glossary: readonly GlossaryChange[];
  /** Other parts that differ (compared as wholes). */
  readonly otherParts: readonly PolicyPart[];
  /** Whether nothing differs. */
  readonly empty: boolean;
  /** Whether some change can turn a compliant decision into a needs-review or non-compliant one. */
  readonly mayTighten: boolean;
  /** Whether some change can turn a non-compliant decision into a compliant one. */
  readonly mayLoosen: boolean;
  /** The overall direction: `neutral` if nothing moves outcomes, `unknown` if changes go both ways. */
  readonly direction: ChangeDirection;
  /** The least version bump the changes need, or `none`. */
  readonly bump: VersionBump | "none";
}

const BUMP_ORDER: readonly (VersionBump | "none")[] = ["none", "patch", "minor", "major"];

function maxBump(a: VersionBump | "none", b: VersionBump | "none"): VersionBump | "none" {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

function bumpOf(direction: ChangeDirection): VersionBump {
  return direction === "looser" ? "major" : direction === "neutral" ? "patch" : "minor";
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function clauseSnapshot(clause: Clause): ClauseSnapshot {
  return clause.heading === undefined
    ? { ref: clause.ref, paragraphs: clause.paragraphs }
    : { ref: clause.ref, heading: clause.heading, paragraphs: clause.paragraphs };
}

function kindsOf(control: Control): SubjectKind[] {
  return Object.keys(control.checks) as SubjectKind[];
}

function controlSnapshot(control: Control, policy: Policy): ControlSnapshot {
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

function multisetDifference(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  const result: string[] = [];
  for (const item of a) {
    const at = rest.indexOf(item);
    if (at < 0) result.push(item);
    else rest.splice(at, 1);
  }
  return result;
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
  // Clauses, by reference.
  const clausesFrom = new Map(from.clauses.map((clause) => [clause.ref, clause] as const));
  const clausesTo = new Map(to.clauses.map((clause) => [clause.ref, clause] as const));
  const addedClauses = to.clauses.filter((clause) => !clausesFrom.has(clause.ref)).map(clauseSnapshot);
  const removedClauses = from.clauses.filter((clause) => !clausesTo.has(clause.ref)).map(clauseSnapshot);
  const reworded: ClauseRewording[] = [];
  for (const after of to.clauses) {
    const before = clausesFrom.get(after.ref);
    if (before === undefined) continue;
    const changed: ClauseRewording["changed"][number][] = [];
    if (!same(before.heading, after.heading)) changed.push("heading");
    if (!same(before.paragraphs.map((p) => p.ja), after.paragraphs.map((p) => p.ja))) changed.push("text-ja");
    if (!same(before.paragraphs.map((p) => p.en), after.paragraphs.map((p) => p.en))) changed.push("text-en");
    if (changed.length === 0) continue;
    const direction: ChangeDirection = changed.includes("text-ja") || (changed.includes("heading") && before.heading?.ja !== after.heading?.ja) ? "unknown" : "neutral";
    reworded.push({ ref: after.ref, before: clauseSnapshot(before), after: clauseSnapshot(after), changed, direction, bump: bumpOf(direction) });
  }

  // Controls, by id.
  const controlsFrom = new Map(from.controls.map((control) => [control.id, control] as const));
  const controlsTo = new Map(to.controls.map((control) => [control.id, control] as const));
  const addedControls = to.controls.filter((control) => !controlsFrom.has(control.id));
  const removedControls = from.controls.filter((control) => !controlsTo.has(control.id));
  const changed: ControlDiff[] = [];
  for (const after of to.controls) {
    const before = controlsFrom.get(after.id);
    if (before === undefined) continue;
    const changes = before === after && same(from.parameters[after.id], to.parameters[after.id]) ? [] : diffControl(before, after, from, to);
    if (changes.length > 0) changed.push({ id: after.id, title: after.title, provenance: after.provenance, clause: after.clause, changes });
  }

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
  const directions: ChangeDirection[] = [];
  let bump: VersionBump | "none" = "none";
  const note = (direction: ChangeDirection, each: VersionBump) => {
    directions.push(direction);
    bump = maxBump(bump, each);
  };
  for (const _ of addedClauses) note("unknown", "minor");
  for (const _ of removedClauses) note("unknown", "major");
  for (const each of reworded) note(each.direction, each.bump);
  // An added control that is not a gate only adds findings: never better. A removed one: never worse.
  for (const control of addedControls) note(control.gate ? "unknown" : "stricter", control.gate ? "major" : "minor");
  for (const control of removedControls) note(control.gate ? "unknown" : "looser", "major");
  for (const each of changed) for (const fieldChange of each.changes) note(fieldChange.direction, fieldChange.bump);
  for (const each of glossary) note("neutral", each.after === undefined ? "major" : each.before === undefined ? "minor" : "patch");
  for (const _ of otherParts) note("unknown", "minor");

  const mayTighten = directions.some((d) => d === "stricter" || d === "unknown");
  const mayLoosen = directions.some((d) => d === "looser" || d === "unknown");
  const direction: ChangeDirection = mayTighten && mayLoosen ? "unknown" : mayTighten ? "stricter" : mayLoosen ? "looser" : "neutral";

  return deepFreeze({
    from: side(from),
    to: side(to),
    clauses: { added: addedClauses, removed: removedClauses, reworded },
    controls: {
      added: addedControls.map((control) => controlSnapshot(control, to)),
      removed: removedControls.map((control) => controlSnapshot(control, from)),
      changed,
    },
    glossary,
    otherParts,
    empty: directions.length === 0,
    mayTighten,
    mayLoosen,
    direction,
    bump,
  }) as PolicyDiff;
}
