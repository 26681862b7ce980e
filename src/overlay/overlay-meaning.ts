import type { ClassificationScheme } from "../classification/classification-scheme.js";
import { findClassificationMapping, mappingProblems, type ClassificationMapping } from "../classification/scheme-mapping.js";
import { classificationSchemes } from "../classification/shipped-classification-schemes.js";
import type { Control, ParameterSpec } from "../controls/control.js";
import type { ControlParameters } from "../controls/verdict.js";
import type { Policy } from "../policy/policy.js";
import type { SubjectKind } from "../subjects/subject.js";
import { PROTECTIVE_FACTS } from "./compile-rule.js";
import type { ControlChange, OrganizationControlRule, Overlay } from "./overlay-schema.js";
import { kindHasField, ruleFields, type RuleField } from "./rule-fields.js";
import { Issues, describeControl, type Path } from "./overlay-issues.js";

// Step 3 of `extendPolicy`, meaning checks: what a well-formed overlay asks for may only add and
// tighten (DESIGN.md invariant 9): rules on fields that exist and never against a safeguard,
// parameters only tightened, changes only withdrawing exception admissions, no removal, and a
// classification scheme only with a mapping that keeps every level at least as strict.

/** Names an object has from `Object.prototype` (`toString`, `constructor`, …): never a parameter name. */
function isReservedName(name: string): boolean {
  return name in Object.prototype;
}

/**
 * The fields a rule of a kind can read, with `classification.*` taking the levels of the scheme
 * the extended policy will have (the overlay's replacement, else the base's), never the default's.
 */
function ruleFieldsIn(kind: SubjectKind, scheme: ClassificationScheme): ReadonlyMap<string, RuleField> | undefined {
  const fields = ruleFields().get(kind);
  if (fields === undefined) return undefined;
  const out = new Map<string, RuleField>();
  for (const [name, field] of fields) {
    const dimension = field.sub as "confidentiality" | "integrity" | "availability" | undefined;
    if (field.top !== "classification" || dimension === undefined || scheme.dimensions[dimension] === undefined) {
      out.set(name, field);
      continue;
    }
    const ids: readonly (string | number)[] = scheme.dimensions[dimension].levels.map((entry) => entry.id);
    out.set(name, { ...field, accepts: (value) => ids.some((id) => id === value), describe: `a level of ${scheme.id}: ${ids.map((id) => JSON.stringify(id)).join(" | ")}`, values: Object.freeze([...ids]) });
  }
  return out;
}

/** The scheme the extended policy will have, for checking rule values: the overlay's (a shipped id or its own), else the base's. */
export function schemeForRules(base: Policy, given: Overlay["classificationScheme"] | undefined): ClassificationScheme {
  if (typeof given === "string") return Object.hasOwn(classificationSchemes, given) ? classificationSchemes[given]! : base.classificationScheme;
  return given ?? base.classificationScheme;
}

/** Checks an organisation rule's meaning: its provenance, and that its fields exist on its kind (with `classification.*` levels of `scheme`) and never make a safeguard count against a subject. */
export function checkRule(rule: OrganizationControlRule, path: Path, issues: Issues, scheme: ClassificationScheme): void {
  const kind: SubjectKind = rule.appliesTo;
  const fields = ruleFieldsIn(kind, scheme);
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

function isLooser(spec: ParameterSpec, base: number, value: number): boolean {
  return spec.stricter === "lower" ? value > base : value < base;
}

/** Checks the overlay's parameters: each names a control and a parameter it has, and only tightens a guideline or organisation parameter. */
export function checkParameters(
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

/** Checks the overlay's changes to base controls: only withdrawing an exception admission is allowed. */
export function checkChanges(changes: NonNullable<Overlay["changes"]>, baseControls: ReadonlyMap<string, Control>, ownIds: ReadonlySet<string>, issues: Issues): void {
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

/** Rejects every removal, disabling or replacement of a base control the overlay asks for. */
export function checkIntents(overlay: Partial<Overlay>, baseControls: ReadonlyMap<string, Control>, issues: Issues): void {
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
 * The scheme an overlay chooses, checked: a shipped id or a scheme of its own, with a mapping from
 * the base's scheme (the overlay's, else a shipped one, else the identity for the same id) under
 * which no level becomes less strict. Every problem is added; `undefined` when there is one.
 */
export function checkClassificationScheme(base: Policy, given: NonNullable<Overlay["classificationScheme"]>, mappingGiven: Overlay["classificationMapping"], issues: Issues): ClassificationScheme | undefined {
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
