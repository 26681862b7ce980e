import type { ClassificationScheme } from "../classification/classification-scheme.js";
import { findClassificationMapping, mappingProblems, type ClassificationMapping } from "../classification/scheme-mapping.js";
import { classificationSchemes } from "../classification/shipped-classification-schemes.js";
import { z } from "zod";
import type { Control, ParameterSpec } from "../controls/control.js";
import type { ControlParameters } from "../controls/verdict.js";
import { deepFreeze, type DeepReadonly } from "../internal/deep-freeze.js";
import type { AppliedOverlay, OrganizationTerm, Policy } from "../policy/policy.js";
import type { SubjectKind } from "../subjects/subject.js";
import { formatPath, issuesFromZod } from "../validation/input-error.js";
import type { SafeResult } from "../validation/safe-evaluate.js";
import { compileRule, PROTECTIVE_FACTS } from "./compile-rule.js";
import { OverlayRejectedError, type OverlayIssue, type OverlayIssueCode } from "./overlay-error.js";
import {
  OrganizationControlRuleSchema,
  OverlayIdSchema,
  OverlaySchema,
  type ControlChange,
  type OrganizationControlRule,
  type Overlay,
} from "./overlay-schema.js";
import { kindHasField, ruleFields } from "./rule-fields.js";
import { snapshotOverlay } from "./snapshot.js";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { ProvenanceSchema } from "../definitions/vocabulary.js";
import { SEMVER_WITHOUT_BUILD } from "../internal/semver.js";

/**
 * What `extendPolicy` takes: an {@link Overlay} as read from JSON, where a TypeScript caller may
 * also give, among `controls`, controls made with `defineControl` (provenance `organization`).
 */
export type OverlayInput = DeepReadonly<Omit<Overlay, "controls">> & {
  /** Organisation rules (data), or controls made with `defineControl` with provenance `organization`. */
  readonly controls?: readonly (DeepReadonly<OrganizationControlRule> | Control)[] | undefined;
};

/** An overlay control: a rule from data, or a control a TypeScript caller made. */
type OverlayControl = { readonly index: number } & ({ readonly rule: OrganizationControlRule } | { readonly control: Control });

type Path = readonly (string | number)[];

// The overlay's shape without `controls`: each control entry is checked on its own (a rule by the
// rule schema, a `defineControl` control by `checkDefinedControl`), so that every problem keeps
// the entry's own index in its path.
const OverlayShellSchema = OverlaySchema.extend({ controls: z.array(z.unknown()).max(500).optional() });

function isDefinedControl(value: unknown): value is Control {
  if (typeof value !== "object" || value === null || !Object.isFrozen(value)) return false;
  const candidate = value as Partial<Record<keyof Control, unknown>>;
  return (
    typeof candidate.id === "string" &&
    typeof candidate.checks === "object" &&
    candidate.checks !== null &&
    Object.values(candidate.checks).some((check) => typeof check === "function") &&
    Array.isArray(candidate.verdicts)
  );
}

const isFunction = z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", "must be a function");

// The shape of a control made with `defineControl` (checked on the overlay's snapshot, so that a
// malformed one is refused with its paths instead of failing later).
const DefinedControlShapeSchema = z
  .object({
    // Kebab-case like a rule's id: an id is printed in reports, Markdown code spans and OSCAL tokens.
    id: OverlayIdSchema,
    title: LocalizedTextSchema,
    clause: z.string().max(20),
    provenance: ProvenanceSchema,
    category: z.string().max(100),
    threats: z.array(z.string().max(20)).max(32),
    requirement: LocalizedTextSchema,
    remediation: LocalizedTextSchema,
    admitsException: z.boolean(),
    gate: z.boolean(),
    parameters: z.record(
      z.string().max(64),
      z.object({ default: z.number(), stricter: z.enum(["lower", "higher"]), unit: z.string(), description: LocalizedTextSchema, min: z.number(), max: z.number() }).loose(),
    ),
    facts: z.record(z.string(), z.array(z.string())),
    verdicts: z.array(z.object({}).loose()),
    checks: z.record(z.string(), isFunction),
  })
  .loose();

/** Names an object has from `Object.prototype` (`toString`, `constructor`, …): never a parameter name. */
function isReservedName(name: string): boolean {
  return name in Object.prototype;
}

function describeControl(control: Control): string {
  return `${control.provenance} control ${JSON.stringify(control.id)} (clause ${control.clause})`;
}

/** Collects problems with their paths. */
class Issues {
  readonly list: OverlayIssue[] = [];

  add(path: Path, code: OverlayIssueCode, message: string, control?: string): void {
    const issue: OverlayIssue = control === undefined
      ? { path: [...path], at: formatPath(path), code, message }
      : { path: [...path], at: formatPath(path), code, message, control };
    this.list.push(issue);
  }
}

function checkBase(base: unknown, issues: Issues): base is Policy {
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

function checkRule(rule: OrganizationControlRule, path: Path, issues: Issues): void {
  const kind: SubjectKind = rule.appliesTo;
  const fields = ruleFields().get(kind);
  if (fields === undefined) return;
  const protective = PROTECTIVE_FACTS[kind];
  const known = () => [...fields.keys()].join(", ");
  if (rule.provenance !== undefined && rule.provenance !== "organization") {
    issues.add(
      [...path, "provenance"],
      "organization-provenance-only",
      `control ${JSON.stringify(rule.id)} claims provenance ${JSON.stringify(rule.provenance)}: an overlay adds only the organisation's own controls, whose provenance is "organization" (never present the organisation's standard as the basic policy's or the guideline's)`,
      rule.id,
    );
  }
  for (const [field, values] of Object.entries(rule.when ?? {})) {
    const at = [...path, "when", field];
    const spec = fields.get(field);
    if (spec === undefined) {
      issues.add(at, "unknown-field", `control ${JSON.stringify(rule.id)}: subject kind "${kind}" has no field ${JSON.stringify(field)} a rule can read; its fields are: ${known()}`, rule.id);
      continue;
    }
    values.forEach((value, i) => {
      if (!spec.accepts(value)) {
        issues.add([...at, i], "invalid-field-value", `control ${JSON.stringify(rule.id)}: ${JSON.stringify(value)} is not a value of "${kind}".${field} (${spec.describe})`, rule.id);
      }
    });
    // A rule that applies when an approval or safeguard is given (even "true or false": an unstated
    // value is then `manual`, a stated `true` lets the requirement fail) could be made worse by
    // taking that approval: only "applies while it is not given" ([false]) keeps invariant 4.
    if (protective.includes(field) && values.includes(true)) {
      issues.add(
        at,
        "rule-not-monotone",
        values.includes(false)
          ? `control ${JSON.stringify(rule.id)} applies whenever ${field} is stated, true or false: unstated it is manual, and once the safeguard or approval is taken its requirement may fail, so taking it could make an outcome worse (DESIGN.md invariant 4); a condition on ${field} may only be [false]`
          : `control ${JSON.stringify(rule.id)} applies only when ${field} is true: then taking that safeguard or approval could make an outcome worse (DESIGN.md invariant 4); a condition on ${field} may only be [false]`,
        rule.id,
      );
    }
  }
  const requirement = rule.require;
  const requirementPath = [...path, "require"];
  if (requirement.check === "fields") {
    const entries = Object.entries(requirement.fields);
    if (entries.length === 0) {
      issues.add([...requirementPath, "fields"], "empty-requirement", `control ${JSON.stringify(rule.id)} requires no field; name at least one`, rule.id);
    }
    for (const [field, value] of entries) {
      const at = [...requirementPath, "fields", field];
      const spec = fields.get(field);
      if (spec === undefined) {
        issues.add(at, "unknown-field", `control ${JSON.stringify(rule.id)}: subject kind "${kind}" has no field ${JSON.stringify(field)} a rule can read; its fields are: ${known()}`, rule.id);
      } else if (!spec.accepts(value)) {
        issues.add(at, "invalid-field-value", `control ${JSON.stringify(rule.id)}: ${JSON.stringify(value)} is not a value of "${kind}".${field} (${spec.describe})`, rule.id);
      } else if (protective.includes(field) && value === false) {
        issues.add(
          at,
          "rule-not-monotone",
          `control ${JSON.stringify(rule.id)} requires ${field} to be false: a subject would fail for taking that safeguard or approval (DESIGN.md invariant 4)`,
          rule.id,
        );
      }
    }
  } else if (requirement.check === "safeguards" && !kindHasField(kind, "safeguards")) {
    issues.add([...requirementPath, "check"], "requirement-not-applicable", `control ${JSON.stringify(rule.id)}: a "safeguards" requirement needs a subject with safeguards (asset), not "${kind}"`, rule.id);
  } else if (requirement.check === "factor-kinds" && !kindHasField(kind, "factors")) {
    issues.add([...requirementPath, "check"], "requirement-not-applicable", `control ${JSON.stringify(rule.id)}: a "factor-kinds" requirement needs a subject with factors (sign-in), not "${kind}"`, rule.id);
  }
}

/** Checks a control made in code; `false` if it is malformed (then nothing else is checked of it). */
function checkDefinedControl(control: Control, path: Path, issues: Issues): boolean {
  const shape = DefinedControlShapeSchema.safeParse(control);
  if (!shape.success) {
    for (const problem of issuesFromZod(shape.error, path)) {
      issues.add(problem.path, "invalid-control", `control ${JSON.stringify(control.id)} made in code: ${problem.message}`, control.id);
    }
    return false;
  }
  if (control.provenance !== "organization") {
    issues.add(
      [...path, "provenance"],
      "organization-provenance-only",
      `control ${JSON.stringify(control.id)} has provenance ${JSON.stringify(control.provenance)}: an overlay adds only controls with provenance "organization"`,
      control.id,
    );
  }
  if (control.gate) {
    issues.add(
      [...path, "gate"],
      "gate-not-allowed",
      `control ${JSON.stringify(control.id)} is a scope gate: its "not-applicable" would hide every other finding, so an overlay cannot add one`,
      control.id,
    );
  }
  for (const [name, spec] of Object.entries(control.parameters)) {
    if (!(spec.min <= spec.default && spec.default <= spec.max)) {
      issues.add([...path, "parameters", name], "invalid-control", `control ${JSON.stringify(control.id)}: parameter ${name} has default ${spec.default} outside [${spec.min}, ${spec.max}]`, control.id);
    }
  }
  return true;
}

function isLooser(spec: ParameterSpec, base: number, value: number): boolean {
  return spec.stricter === "lower" ? value > base : value < base;
}

function checkParameters(
  parameters: NonNullable<Overlay["parameters"]>,
  controls: ReadonlyMap<string, Control>,
  baseParameters: Readonly<Record<string, ControlParameters>>,
  issues: Issues,
): void {
  for (const [id, values] of Object.entries(parameters)) {
    const control = controls.get(id);
    if (control === undefined) {
      issues.add(["parameters", id], "unknown-control", `no control ${JSON.stringify(id)} in the base policy or the overlay, so it has no parameters to tighten`, id);
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      const at = ["parameters", id, name];
      if (isReservedName(name)) {
        issues.add(at, "reserved-name", `control ${JSON.stringify(id)}: ${JSON.stringify(name)} is a member of every JavaScript object (Object.prototype), never a parameter name`, id);
        continue;
      }
      if (control.provenance === "basic-policy") {
        issues.add(at, "change-basic-policy-parameter", `${describeControl(control)}: its parameters are fixed by the basic policy and an overlay cannot change them (asked to set ${name} to ${value})`, id);
        continue;
      }
      const spec = Object.hasOwn(control.parameters, name) ? control.parameters[name] : undefined;
      if (spec === undefined) {
        const known = Object.keys(control.parameters);
        issues.add(at, "unknown-parameter", `control ${JSON.stringify(id)} has no parameter ${JSON.stringify(name)}; ${known.length === 0 ? "it has none" : `its parameters are: ${known.join(", ")}`}`, id);
        continue;
      }
      if (value < spec.min || value > spec.max) {
        issues.add(at, "parameter-out-of-range", `control ${JSON.stringify(id)} parameter ${name}: ${value} is outside [${spec.min}, ${spec.max}] ${spec.unit}`, id);
        continue;
      }
      const baseValues = Object.hasOwn(baseParameters, id) ? baseParameters[id] : undefined;
      const base = baseValues !== undefined && Object.hasOwn(baseValues, name) ? (baseValues[name] as number) : spec.default;
      if (isLooser(spec, base, value)) {
        issues.add(
          at,
          "loosen-parameter",
          `${describeControl(control)} parameter ${name}: overlay value ${value} is looser than the base value ${base} (${spec.unit}; ${spec.stricter} is stricter), so it would weaken the policy; use a value ${spec.stricter === "lower" ? "at most" : "at least"} ${base}`,
          id,
        );
      }
    }
  }
}

const CHANGE_FIELDS: readonly (keyof ControlChange)[] = ["admitsException", "provenance", "clause", "category", "threats", "title", "requirement", "remediation", "gate"];

function checkChanges(changes: NonNullable<Overlay["changes"]>, baseControls: ReadonlyMap<string, Control>, ownIds: ReadonlySet<string>, issues: Issues): void {
  for (const [id, change] of Object.entries(changes)) {
    const control = baseControls.get(id);
    if (control === undefined) {
      issues.add(
        ["changes", id],
        "unknown-control",
        ownIds.has(id)
          ? `control ${JSON.stringify(id)} is the overlay's own: define it as it should be under "controls" instead of changing it`
          : `no control ${JSON.stringify(id)} in the base policy to change`,
        id,
      );
      continue;
    }
    for (const field of CHANGE_FIELDS) {
      const value = change[field];
      if (value === undefined) continue;
      const at = ["changes", id, field];
      const shown = JSON.stringify(value);
      if (control.provenance === "basic-policy") {
        issues.add(at, "change-basic-policy-control", `${describeControl(control)}: an overlay cannot change a basic-policy control at all (asked to set ${field} to ${shown})`, id);
      } else if (field === "admitsException") {
        if (value === true && !control.admitsException) {
          issues.add(at, "admit-exception", `${describeControl(control)} does not admit exceptions; letting it admit them would loosen it`, id);
        }
      } else if (field === "provenance") {
        issues.add(at, "relabel-control", `${describeControl(control)}: an overlay cannot relabel its provenance as ${shown} (to adopt a stricter rule, add an "organization" control)`, id);
      } else {
        issues.add(at, "change-control", `${describeControl(control)}: an overlay cannot change its ${field} (asked: ${shown}); it can only withdraw its exception admission or tighten its parameters`, id);
      }
    }
  }
}

function checkIntents(overlay: Partial<Overlay>, baseControls: ReadonlyMap<string, Control>, issues: Issues): void {
  const name = (id: string) => {
    const control = baseControls.get(id);
    return control === undefined ? `control ${JSON.stringify(id)} (not in the base policy)` : describeControl(control);
  };
  overlay.remove?.forEach((id, i) => {
    issues.add(["remove", i], "remove-control", `cannot remove ${name(id)}: an overlay can only add controls and tighten parameters, never remove one`, id);
  });
  overlay.disable?.forEach((id, i) => {
    issues.add(["disable", i], "disable-control", `cannot disable ${name(id)}: every control of the base policy keeps running under an overlay`, id);
  });
  overlay.replace?.forEach((entry, i) => {
    issues.add(["replace", i], "replace-control", `cannot replace ${name(entry.id)}: add an "organization" control with a new id next to it instead`, entry.id);
  });
}

/**
 * Applies an overlay (the organisation's own standards, 対策基準) to a policy, never throwing:
 * returns the extended policy, or an {@link OverlayRejectedError} listing every problem.
 *
 * The overlay is validated with the zod schema first, then checked against the base: every
 * entry that would remove, disable, replace, relabel or loosen a control, change a `basic-policy`
 * control, or loosen a parameter is reported by path, with a code and a message naming it.
 *
 * @param base - The policy to extend: `policy`, one of `policies`, or `getPolicy(version)`.
 * @param overlay - Anything, e.g. the parsed JSON of an overlay file.
 * @returns `{ success: true, data: policy }` or `{ success: false, error }` (an `OverlayRejectedError`).
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { policy, safeExtendPolicy } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = safeExtendPolicy(policy, JSON.parse(readFileSync("standards.json", "utf8")));
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.at, issue.code, issue.message);
 * ```
 */
export function safeExtendPolicy(base: Policy, overlay: unknown): SafeResult<Policy> {
  try {
    return extendChecked(base, overlay);
  } catch (error) {
    // Not reached for any input the checks know; a last guard so that nothing is ever thrown.
    const issues = new Issues();
    issues.add([], "invalid-base", `the overlay could not be checked against the base: ${error instanceof Error ? error.message : "an error"}`);
    return rejected(issues, undefined);
  }
}

function extendChecked(base: Policy, input: unknown): SafeResult<Policy> {
  const issues = new Issues();
  const baseOk = checkBase(base, issues);
  // Check and build from one plain copy of the overlay, taken once: no getter, Proxy or later
  // mutation can show the checks one thing and the build another (DESIGN.md invariants 9, 12).
  // The size limits are applied while copying, before any entry is validated.
  const snapshot = snapshotOverlay(input);
  if (!snapshot.ok) {
    issues.list.push(...snapshot.issues);
    return rejected(issues, undefined);
  }
  const overlay = snapshot.value;
  const shell = OverlayShellSchema.safeParse(overlay);
  const overlayId = shell.success ? shell.data.id : readableId(overlay);
  // Worded in English, as every other overlay issue is (both languages are in each issue's messages).
  if (!shell.success) issues.list.push(...issuesFromZod(shell.error, [], { locale: "en", input: overlay, schema: OverlayShellSchema }));
  // Every section that is well-formed on its own is checked for meaning too, even when another
  // is malformed, so that one pass reports every weakening entry.
  const data = shell.success ? (shell.data as Overlay) : wellFormedSections(overlay);

  // Each control entry on its own: a rule (data) or a control made with defineControl.
  const entries: OverlayControl[] = [];
  const rawControls = typeof overlay === "object" && overlay !== null ? (overlay as { controls?: unknown }).controls : undefined;
  if (Array.isArray(rawControls)) {
    rawControls.forEach((entry: unknown, index) => {
      if (isDefinedControl(entry)) {
        if (checkDefinedControl(entry, ["controls", index], issues)) entries.push({ index, control: entry });
        return;
      }
      const parsed = OrganizationControlRuleSchema.safeParse(entry);
      if (parsed.success) entries.push({ index, rule: parsed.data });
      else {
        issues.list.push(...issuesFromZod(parsed.error, ["controls", index], { locale: "en", input: entry, schema: OrganizationControlRuleSchema }));
        checkMalformedRule(entry, ["controls", index], base, issues);
      }
    });
  }
  if (!baseOk) return rejected(issues, overlayId);

  const baseControls = new Map(base.controls.map((control) => [control.id, control] as const));
  const clauseRefs = new Set(base.clauses.map((clause) => clause.ref));

  // Added controls: new ids, existing clauses, organization provenance, fields that exist. A rule
  // compiles whatever its problems (it only reads what it names), so every entry has its control.
  const overlayControls = entries.map((entry) => ("rule" in entry ? compileRule(entry.rule) : fromSnapshot(entry.control, snapshot.copyOf)));
  const added = new Map<string, Control>();
  entries.forEach((entry, i) => {
    const control = overlayControls[i] as Control;
    const path = ["controls", entry.index];
    const id = control.id;
    const taken = baseControls.get(id);
    if (taken !== undefined) {
      issues.add([...path, "id"], "control-id-taken", `control id ${JSON.stringify(id)} is already the ${describeControl(taken)}: an added control with its id would replace it; give the organisation's control a new id (e.g. "org-${id}")`, id);
    } else if (added.has(id)) {
      issues.add([...path, "id"], "duplicate-control-id", `control id ${JSON.stringify(id)} is used by more than one control of the overlay`, id);
    } else {
      added.set(id, control);
    }
    if (!clauseRefs.has(control.clause)) {
      issues.add([...path, "clause"], "unknown-clause", `control ${JSON.stringify(id)} cites clause ${JSON.stringify(control.clause)}, which the basic policy does not have`, id);
    }
    if ("rule" in entry) checkRule(entry.rule, path, issues);
  });

  const allControls = new Map<string, Control>([...baseControls, ...added]);
  if (data.parameters !== undefined) checkParameters(data.parameters, allControls, base.parameters, issues);
  if (data.changes !== undefined) checkChanges(data.changes, baseControls, new Set(added.keys()), issues);
  checkIntents(data, baseControls, issues);
  const glossaryIds = new Set<string>();
  data.glossary?.forEach((term, i) => {
    if (glossaryIds.has(term.id)) issues.add(["glossary", i, "id"], "duplicate-term-id", `term id ${JSON.stringify(term.id)} is defined more than once`);
    glossaryIds.add(term.id);
    if (term.clause !== undefined && !clauseRefs.has(term.clause)) {
      issues.add(["glossary", i, "clause"], "unknown-clause", `term ${JSON.stringify(term.id)} cites clause ${JSON.stringify(term.clause)}, which the basic policy does not have`);
    }
  });
  const scheme = data.classificationScheme === undefined ? undefined : checkClassificationScheme(base, data.classificationScheme, data.classificationMapping, issues);
  if (data.classificationScheme === undefined && data.classificationMapping !== undefined) {
    issues.add(["classificationMapping"], "invalid-classification-mapping", "a classificationMapping is given but no classificationScheme: name the scheme it maps to");
  }
  if (issues.list.length > 0 || !shell.success) return rejected(issues, overlayId);
  return { success: true, data: build(base, shell.data as Overlay, overlayControls, scheme) };
}

/**
 * A control made in code, as the extended policy holds it: its snapshot (plain, frozen data), with
 * each check answering the snapshot's copy of the verdict the caller's check returns (the
 * engine knows a control's verdicts by reference). A verdict it does not declare stays unknown.
 */
function fromSnapshot(control: Control, copyOf: (original: unknown) => unknown): Control {
  const checks: Record<string, unknown> = {};
  for (const [kind, check] of Object.entries(control.checks as Record<string, (...args: unknown[]) => unknown>)) {
    checks[kind] = (...args: unknown[]): unknown => {
      const verdict = check(...args);
      return copyOf(verdict) ?? verdict;
    };
  }
  // A control made in code has no rule: its check is code, whatever a `rule` field on it says.
  const { rule: _rule, ...data } = control;
  return deepFreeze({ ...data, checks }) as Control;
}

/** The extended policy, from a base and an overlay that passed every check. */
function build(base: Policy, data: Overlay, overlayControls: readonly Control[], scheme: ClassificationScheme | undefined): Policy {
  // Build: base controls in canonical order (with withdrawn exception admissions), then the overlay's.
  const controls: Control[] = base.controls.map((control) =>
    data.changes?.[control.id]?.admitsException === false && control.admitsException ? { ...control, admitsException: false } : control,
  );
  controls.push(...overlayControls);

  const parameters: Record<string, Record<string, number>> = {};
  for (const [id, values] of Object.entries(base.parameters)) parameters[id] = { ...values };
  for (const control of overlayControls) {
    const values: Record<string, number> = {};
    for (const [name, spec] of Object.entries(control.parameters)) values[name] = spec.default;
    parameters[control.id] = values;
  }
  for (const [id, values] of Object.entries(data.parameters ?? {})) parameters[id] = { ...parameters[id], ...values };

  const glossary: OrganizationTerm[] = (data.glossary ?? []).map((term) =>
    term.clause === undefined ? { id: term.id, term: term.term, definition: term.definition } : { id: term.id, term: term.term, definition: term.definition, clause: term.clause },
  );
  const applied: AppliedOverlay =
    data.effectiveDate === undefined
      ? { id: data.id, version: data.version, name: data.name, glossary }
      : { id: data.id, version: data.version, name: data.name, effectiveDate: data.effectiveDate, glossary };
  const effectiveDate = data.effectiveDate !== undefined && data.effectiveDate > base.effectiveDate ? data.effectiveDate : base.effectiveDate;

  const extended: Policy = {
    ...base,
    id: `${base.id}+${data.id}`,
    version: `${base.version}+${data.version}`,
    effectiveDate,
    controls,
    parameters,
    overlays: [...base.overlays, applied],
    classificationScheme: scheme ?? base.classificationScheme,
  };
  return deepFreeze(extended) as Policy;
}

/**
 * The scheme an overlay chooses, checked: a shipped id or a scheme of its own, with a mapping from
 * the base's scheme (the overlay's, else a shipped one, else the identity for the same id) under
 * which no level becomes less strict. Every problem is added; `undefined` when there is one.
 */
function checkClassificationScheme(base: Policy, given: NonNullable<Overlay["classificationScheme"]>, mappingGiven: Overlay["classificationMapping"], issues: Issues): ClassificationScheme | undefined {
  let scheme: ClassificationScheme | undefined;
  if (typeof given === "string") {
    scheme = Object.hasOwn(classificationSchemes, given) ? classificationSchemes[given] : undefined;
    if (scheme === undefined) {
      issues.add(["classificationScheme"], "unknown-classification-scheme", `${JSON.stringify(given)} is not a shipped classification scheme (shipped: ${Object.keys(classificationSchemes).map((id) => JSON.stringify(id)).join(", ")}); give the id of one, or a scheme of your own`);
      return undefined;
    }
  } else {
    scheme = given;
  }
  const from = base.classificationScheme;
  if (scheme === from) return scheme;
  const mapping = mappingGiven ?? findClassificationMapping(from.id, scheme.id) ?? (from.id === scheme.id ? identityMapping(from) : undefined);
  if (mapping === undefined) {
    issues.add(["classificationMapping"], "classification-mapping-missing", `no mapping from the base's classification scheme ${JSON.stringify(from.id)} to ${JSON.stringify(scheme.id)} is shipped: give a classificationMapping saying which levels of ${scheme.id} each level of ${from.id} may become (the library never guesses)`);
    return undefined;
  }
  const before = issues.list.length;
  for (const problem of mappingProblems(mapping, from, scheme)) {
    const code = problem.message.startsWith("less strict") ? "classification-less-strict" : "invalid-classification-mapping";
    issues.add(mappingGiven === undefined ? ["classificationScheme", ...problem.path] : ["classificationMapping", ...problem.path], code, problem.message);
  }
  return issues.list.length === before ? scheme : undefined;
}

/** The identity mapping of a scheme onto a scheme with the same id (a replaced copy must keep every level at least as strict). */
function identityMapping(scheme: ClassificationScheme): ClassificationMapping {
  const rows = (dimension: "confidentiality" | "integrity" | "availability") => scheme.dimensions[dimension].levels.map((entry) => ({ from: entry.id, to: [entry.id] }));
  return {
    from: scheme.id,
    to: scheme.id,
    note: { ja: "同じidの体系：各段階はそのまま", en: "Same scheme id: each level maps to itself" },
    dimensions: { confidentiality: rows("confidentiality"), integrity: rows("integrity"), availability: rows("availability") },
  };
}

/** The sections of a malformed overlay that are well-formed on their own. */
function wellFormedSections(overlay: unknown): Partial<Overlay> {
  if (typeof overlay !== "object" || overlay === null || Array.isArray(overlay)) return {};
  const sections: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(OverlaySchema.shape)) {
    if (key === "controls" || !Object.hasOwn(overlay, key)) continue;
    const parsed = (schema as z.ZodType).safeParse((overlay as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) sections[key] = parsed.data;
  }
  return sections as Partial<Overlay>;
}

/** The weakening a malformed rule still shows: a taken id, or a forged provenance. */
function checkMalformedRule(entry: unknown, path: Path, base: Policy, issues: Issues): void {
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

function readableId(overlay: unknown): string | undefined {
  if (typeof overlay !== "object" || overlay === null) return undefined;
  const id = (overlay as { id?: unknown }).id;
  return typeof id === "string" && id.length <= 100 ? id : undefined;
}

function rejected(issues: Issues, overlayId: string | undefined): SafeResult<Policy> {
  return { success: false, error: new OverlayRejectedError(issues.list, overlayId) };
}

/**
 * Applies an overlay (the organisation's own standards, 対策基準) to a policy: adds its
 * `organization` controls after the base's, tightens the parameters it names, withdraws the
 * exception admissions it withdraws, and records it. The result is a new, deeply frozen policy
 * with id `<base id>+<overlay id>` and version `<base version>+<overlay version>` (semver build
 * metadata), whose outcome for every subject is at least as strict as the base's (DESIGN.md
 * invariant 9). The base is not changed.
 *
 * An overlay that would remove, disable, replace, relabel or loosen anything is rejected with an
 * {@link OverlayRejectedError} that lists every offending entry.
 *
 * @param base - The policy to extend: `policy`, one of `policies`, or `getPolicy(version)`.
 * @param overlay - The overlay: parsed JSON, or an object with rules and `defineControl` controls.
 * @returns The extended policy, to pass as `{ policy }` to `evaluate`, `audit` or `safeEvaluate`.
 * @throws {@link OverlayRejectedError} if the overlay is malformed or would weaken the base.
 * @example
 * ```ts
 * import { evaluate, extendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * const extended = extendPolicy(policy, {
 *   id: "my-standards",
 *   version: "2026.4.0",
 *   name: { ja: "情報セキュリティ対策基準", en: "Information Security Standards" },
 *   parameters: { "training-interval": { trainingIntervalMonths: 6 } },
 *   controls: [{
 *     id: "org-removable-media-encrypted",
 *     title: { ja: "可搬記憶媒体による移送の暗号化", en: "Encryption on removable media" },
 *     clause: "7(2)", category: "classification", threats: ["T2.1"],
 *     requirement: { ja: "可搬記憶媒体で移送する情報は暗号化する。", en: "Encrypt information moved on removable media." },
 *     remediation: { ja: "暗号化してから移送する。", en: "Encrypt before moving it." },
 *     appliesTo: "transfer",
 *     when: { channel: ["removable-media"] },
 *     require: { check: "fields", fields: { encrypted: true } },
 *   }],
 * });
 * extended.version; // "1.0.0+2026.4.0"
 * evaluate({ kind: "transfer", from: "lgwan", to: "lgwan", channel: "removable-media", encrypted: false }, { policy: extended }).outcome;
 * // "non-compliant"
 * ```
 */
export function extendPolicy(base: Policy, overlay: OverlayInput): Policy {
  const result = safeExtendPolicy(base, overlay);
  if (!result.success) throw result.error;
  return result.data;
}
