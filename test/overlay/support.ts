import { readFileSync } from "node:fs";
import fc from "fast-check";
import {
  extendPolicy,
  OUTCOME_BY_SEVERITY,
  policy,
  SafeguardSchema,
  STATUS_SEVERITY,
  SUBJECT_KINDS,
  type Outcome,
  type Overlay,
  type OrganizationControlRule,
  type Policy,
  type RuleRequirement,
  type SubjectKind,
} from "../../src/index.js";
import { PROTECTIVE_FACTS } from "../../src/overlay/compile-rule.js";
import { ruleFields } from "../../src/overlay/rule-fields.js";

/** The sample overlay of examples/, as parsed JSON. */
export const sampleOverlay: unknown = JSON.parse(readFileSync(new URL("../../examples/overlay.sample.json", import.meta.url), "utf8"));

/** The shipped policy with the sample overlay applied. */
export const samplePolicy: Policy = extendPolicy(policy, sampleOverlay as Overlay);

/** The rank of an outcome: not-applicable < compliant < needs-review < non-compliant. */
export function outcomeRank(outcome: Outcome): number {
  return OUTCOME_BY_SEVERITY.indexOf(outcome);
}

export { STATUS_SEVERITY };

/** A minimal valid overlay with the given extra entries. */
export function overlayWith(extra: Record<string, unknown>): Record<string, unknown> {
  return { id: "test-overlay", version: "1.0.0", name: { ja: "試験用", en: "Test" }, ...extra };
}

/** A minimal valid organisation rule with the given fields replaced. */
export function ruleWith(extra: Partial<Record<keyof OrganizationControlRule, unknown>> = {}): Record<string, unknown> {
  return {
    id: "org-test-rule",
    title: { ja: "試験用の基準", en: "Test standard" },
    clause: "7(2)",
    category: "classification",
    threats: ["T2"],
    requirement: { ja: "暗号化する。", en: "Encrypt." },
    remediation: { ja: "暗号化する。", en: "Encrypt." },
    appliesTo: "transfer",
    require: { check: "fields", fields: { encrypted: true } },
    ...extra,
  };
}

/** The strictest value of every `guideline` parameter, by control id: the overlay that tightens everything. */
export function strictestParameters(base: Policy = policy): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const control of base.controls) {
    if (control.provenance !== "guideline") continue;
    for (const [name, spec] of Object.entries(control.parameters)) {
      (result[control.id] ??= {})[name] = spec.stricter === "lower" ? spec.min : spec.max;
    }
  }
  return result;
}

/** Every `guideline` control that admits exceptions, withdrawn: the strictest `changes`. */
export function strictestChanges(base: Policy = policy): Record<string, { admitsException: false }> {
  return Object.fromEntries(
    base.controls.filter((control) => control.provenance === "guideline" && control.admitsException).map((control) => [control.id, { admitsException: false }]),
  );
}

// ---------------------------------------------------------------------------------------------
// Random valid overlays
// ---------------------------------------------------------------------------------------------

const FREE_TEXT_VALUES = ["secretariat", "election-commission", "sendai-city", "Zoom", "contractor-a"] as const;

/** A value of a rule field: one of its finite values, or a short text for a free-text field. */
function valuesOfField(kind: SubjectKind, field: string): readonly (string | number | boolean)[] {
  const spec = ruleFields().get(kind)?.get(field);
  if (spec === undefined) throw new Error(`no rule field ${kind}.${field}`);
  return spec.values ?? FREE_TEXT_VALUES;
}

function conditionArbitrary(kind: SubjectKind): fc.Arbitrary<Record<string, (string | number | boolean)[]>> {
  const fields = [...(ruleFields().get(kind)?.keys() ?? [])];
  return fc.subarray(fields, { maxLength: 3 }).chain((chosen) =>
    fc.tuple(
      ...chosen.map((field) => {
        const values = valuesOfField(kind, field);
        const protective = PROTECTIVE_FACTS[kind].includes(field);
        // On an approval or safeguard flag, a valid rule may only apply while it is not given.
        return (protective ? fc.constant<(string | number | boolean)[]>([false]) : fc.subarray([...values], { minLength: 1 })).map((picked) => [field, picked] as const);
      }),
    ).map((entries) => Object.fromEntries(entries)),
  );
}

function requirementArbitrary(kind: SubjectKind): fc.Arbitrary<RuleRequirement> {
  const fields = [...(ruleFields().get(kind)?.keys() ?? [])];
  const options: fc.Arbitrary<RuleRequirement>[] = [fc.constant({ check: "prohibited" as const })];
  if (fields.length > 0) {
    options.push(
      fc
        .subarray(fields, { minLength: 1, maxLength: 3 })
        .chain((chosen) =>
          fc.tuple(
            ...chosen.map((field) => {
              const protective = PROTECTIVE_FACTS[kind].includes(field);
              return fc.constantFrom(...(protective ? [true] : valuesOfField(kind, field))).map((value) => [field, value] as const);
            }),
          ),
        )
        .map((entries) => ({ check: "fields" as const, fields: Object.fromEntries(entries) })),
    );
  }
  if (kind === "asset") {
    options.push(fc.subarray([...SafeguardSchema.options], { minLength: 1, maxLength: 4 }).map((safeguards) => ({ check: "safeguards" as const, safeguards })));
  }
  if (kind === "sign-in") options.push(fc.integer({ min: 1, max: 3 }).map((atLeast) => ({ check: "factor-kinds" as const, atLeast })));
  return fc.oneof(...options);
}

const CLAUSES = policy.clauses.map((clause) => clause.ref);

/** A random valid organisation rule, with the given id. */
export function ruleArbitrary(id: string): fc.Arbitrary<OrganizationControlRule> {
  return fc.constantFrom(...SUBJECT_KINDS).chain((kind) =>
    fc.record(
      {
        id: fc.constant(id),
        title: fc.constant({ ja: `試験用の基準 ${id}`, en: `Test standard ${id}` }),
        clause: fc.constantFrom(...CLAUSES),
        category: fc.constantFrom("technical", "human", "operations", "classification") as fc.Arbitrary<OrganizationControlRule["category"]>,
        threats: fc.constant(["T1"] as OrganizationControlRule["threats"]),
        requirement: fc.constant({ ja: "試験用。", en: "Test." }),
        remediation: fc.constant({ ja: "試験用。", en: "Test." }),
        admitsException: fc.boolean(),
        appliesTo: fc.constant(kind),
        when: conditionArbitrary(kind),
        require: requirementArbitrary(kind),
      },
      { requiredKeys: ["id", "title", "clause", "category", "threats", "requirement", "remediation", "appliesTo", "require"] },
    ),
  );
}

/** Random tightenings: for some guideline parameters, a value between the strictest and the base's. */
const parametersArbitrary: fc.Arbitrary<Record<string, Record<string, number>>> = fc
  .subarray(
    policy.controls
      .filter((control) => control.provenance === "guideline")
      .flatMap((control) => Object.entries(control.parameters).map(([name, spec]) => ({ id: control.id, name, spec, base: policy.parameters[control.id]?.[name] ?? spec.default }))),
  )
  .chain((chosen) =>
    fc.tuple(
      ...chosen.map(({ id, name, spec, base }) =>
        (spec.stricter === "lower" ? fc.integer({ min: spec.min, max: base }) : fc.integer({ min: base, max: spec.max })).map((value) => ({ id, name, value })),
      ),
    ),
  )
  .map((entries) => {
    const result: Record<string, Record<string, number>> = {};
    for (const { id, name, value } of entries) (result[id] ??= {})[name] = value;
    return result;
  });

const changesArbitrary = fc
  .subarray(policy.controls.filter((control) => control.provenance === "guideline" && control.admitsException).map((control) => control.id))
  .map((ids) => Object.fromEntries(ids.map((id) => [id, { admitsException: false as const }])));

/** A random valid overlay: a few rules, some tightened parameters, some withdrawn exception admissions. */
export const overlayArbitrary: fc.Arbitrary<Overlay> = fc
  .record({
    rules: fc
      .integer({ min: 0, max: 4 })
      .chain((n): fc.Arbitrary<OrganizationControlRule[]> => (n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => ruleArbitrary(`org-random-${i}`))))),
    parameters: parametersArbitrary,
    changes: changesArbitrary,
    version: fc.tuple(fc.nat(3000), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
  })
  .map(({ rules, parameters, changes, version }) => ({
    id: "random-overlay",
    version,
    name: { ja: "無作為の対策基準", en: "Random standards" },
    controls: rules,
    parameters,
    changes,
  }));
