import { defineControl, type Control, type Check, type Checks } from "../controls/control.js";
import { countDistinct } from "../controls/judge.js";
import { fail, manual, notApplicable, pass, type Verdict } from "../controls/verdict.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import type { Safeguard } from "../subjects/safeguard.js";
import type { SubjectKind } from "../subjects/subject.js";
import type { OrganizationControlRule } from "./overlay-schema.js";

/**
 * The yes/no facts whose `true` is a safeguard taken or an approval given, per subject kind.
 * Setting one from absent or `false` to `true` strengthens a subject (DESIGN.md, invariant 4), so
 * an organisation rule may neither require one to be `false` nor apply only when one is `true`:
 * either would let a safeguard make an outcome worse.
 */
export const PROTECTIVE_FACTS: { readonly [K in SubjectKind]: readonly string[] } = Object.freeze({
  transfer: ["sanitized", "encrypted"],
  "carry-out": ["approved", "encrypted"],
  "sign-in": [],
  "software-use": ["approved"],
  access: ["authorized", "trained"],
  outsourcing: ["selectedByCriteria", "securityRequirementsInContract", "measuresConfirmed"],
  "cloud-use": ["usageRulesInPlace", "measuresTaken"],
  asset: [],
  organization: [
    "securityOrganizationEstablished",
    "staffRulesDefined",
    "monitoringInPlace",
    "incidentResponseReady",
    "secureDevelopmentInPlace",
    "continuityPlanInPlace",
    "reviewed",
    "riskAnalyzed",
    "standardsInPlace",
    "proceduresInPlace",
  ],
});

/** A field path split into the top-level field and, for `classification.*`, the dimension. */
interface FieldPath {
  readonly top: string;
  readonly sub: string | undefined;
}

function splitField(name: string): FieldPath {
  const dot = name.indexOf(".");
  return dot < 0 ? { top: name, sub: undefined } : { top: name.slice(0, dot), sub: name.slice(dot + 1) };
}

function read(subject: Readonly<Record<string, unknown>>, path: FieldPath): unknown {
  const value = subject[path.top];
  if (path.sub === undefined) return value;
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[path.sub] : undefined;
}

function listJa(names: readonly string[]): string {
  return names.join("、");
}

function conditionText(rule: OrganizationControlRule): { ja: string; en: string } {
  const entries = Object.entries(rule.when ?? {});
  if (entries.length === 0) return { ja: "", en: "" };
  const parts = entries.map(([field, values]) => `${field} = ${values.map((v) => JSON.stringify(v)).join(" | ")}`);
  return { ja: `（適用条件: ${listJa(parts)}）`, en: ` (applies when ${parts.join(" and ")})` };
}

/** The fields a rule reads: its conditions' fields, then its requirement's. */
function factsOf(rule: OrganizationControlRule): string[] {
  const names = Object.keys(rule.when ?? {});
  return [...new Set([...names, ...requiredFacts(rule.require)])];
}

/**
 * The facts a requirement reads. Exhaustive (a `switch` on `check` whose default is `never`): a
 * new requirement kind must say which facts it reads, or this does not compile. A switch, not
 * ts-pattern's `match`, so that importing the main entry does not load ts-pattern.
 */
function requiredFacts(requirement: OrganizationControlRule["require"]): readonly string[] {
  switch (requirement.check) {
    case "prohibited":
      return [];
    case "fields":
      return Object.keys(requirement.fields);
    case "safeguards":
      return ["safeguards"];
    case "factor-kinds":
      return ["factors"];
    default:
      return unjudged(requirement);
  }
}

/** The `never` branch of the exhaustive switches: unreachable for a validated rule. */
function unjudged(requirement: never): never {
  throw new TypeError(`unknown requirement ${JSON.stringify(requirement)}`);
}

function verdictsOf(rule: OrganizationControlRule): { pass: Verdict; fail: Verdict; manual: Verdict; notApplicable: Verdict } {
  const title = rule.title;
  const condition = conditionText(rule);
  const facts = factsOf(rule);
  const failText: LocalizedText =
    rule.require.check === "prohibited"
      ? { ja: `組織の対策基準「${title.ja}」により認められていない。`, en: `Not permitted by the organisation's standard "${title.en}".` }
      : { ja: `組織の対策基準「${title.ja}」を満たしていない。`, en: `The organisation's standard "${title.en}" is not met.` };
  return {
    pass: pass(rule.messages?.pass ?? { ja: `組織の対策基準「${title.ja}」を満たしている。`, en: `The organisation's standard "${title.en}" is met.` }),
    fail: fail(rule.messages?.fail ?? failText),
    manual: manual({
      ja: `組織の対策基準「${title.ja}」の判定に必要な事実（${listJa(facts)}）が回答されていない。`,
      en: `A fact needed to judge the organisation's standard "${title.en}" (${facts.join(", ")}) is not stated.`,
    }),
    notApplicable: notApplicable({
      ja: `組織の対策基準「${title.ja}」の適用対象ではない${condition.ja}。`,
      en: `The organisation's standard "${title.en}" does not apply${condition.en}.`,
    }),
  };
}

/** Judges a subject against a rule's requirement: the name of the verdict it earns. */
type Judge = (subject: Readonly<Record<string, unknown>>) => "pass" | "fail" | "manual";

/**
 * The judge of a requirement, chosen once per rule (not per subject) by an exhaustive switch on
 * the requirement's `check`: a requirement kind added to RuleRequirementSchema and not judged here
 * is a type error (the `never` default), not a rule that silently never fails.
 */
function judgeOf(requirement: OrganizationControlRule["require"]): Judge {
  switch (requirement.check) {
    case "prohibited":
      return () => "fail";
    case "fields": {
      const required = Object.entries(requirement.fields).map(([field, value]) => ({ path: splitField(field), value }));
      return (subject) => {
        let missing = false;
        for (const { path, value } of required) {
          const actual = read(subject, path);
          if (actual === undefined) missing = true;
          else if (actual !== value) return "fail";
        }
        return missing ? "manual" : "pass";
      };
    }
    case "safeguards": {
      const safeguards: readonly Safeguard[] = requirement.safeguards;
      return (subject) => {
        const list = subject["safeguards"] as readonly Safeguard[] | undefined;
        if (list === undefined) return "manual";
        for (const safeguard of safeguards) if (!list.includes(safeguard)) return "fail";
        return "pass";
      };
    }
    case "factor-kinds": {
      const { atLeast } = requirement;
      return (subject) => {
        const factors = subject["factors"] as readonly string[] | undefined;
        if (factors === undefined) return "manual";
        return countDistinct(factors) >= atLeast ? "pass" : "fail";
      };
    }
    default:
      return unjudged(requirement);
  }
}

/**
 * Compiles a validated organisation rule into a control with provenance `organization`, made
 * with `defineControl` so that the engine treats it like any other: its four verdicts are built
 * once, and its check returns them by reference.
 *
 * - A field in `when` that the subject does not state → `manual`; a stated value not listed →
 *   `not-applicable` (a known mismatch wins over a missing fact).
 * - Otherwise the requirement: met → `pass`; a known value that does not meet it → `fail`; a
 *   fact it needs is not stated → `manual`. `prohibited` always fails.
 *
 * @param rule - The rule, already validated by `extendPolicy` (its fields exist on its kind).
 * @returns The frozen control.
 */
export function compileRule(rule: OrganizationControlRule): Control {
  const verdicts = verdictsOf(rule);
  const conditions = Object.entries(rule.when ?? {}).map(([field, values]) => ({ path: splitField(field), allowed: new Set<unknown>(values) }));
  const judgeRequirement = judgeOf(rule.require);

  const check = (subject: unknown): keyof typeof verdicts => {
    const record = subject as Readonly<Record<string, unknown>>;
    let missing = false;
    for (const { path, allowed } of conditions) {
      const actual = read(record, path);
      if (actual === undefined) missing = true;
      else if (!allowed.has(actual)) return "notApplicable";
    }
    return missing ? "manual" : judgeRequirement(record);
  };

  const kind = rule.appliesTo;
  const facts = [...new Set(factsOf(rule).map((name) => splitField(name).top))];
  return defineControl({
    id: rule.id,
    title: rule.title,
    clause: rule.clause,
    provenance: "organization",
    category: rule.category,
    threats: rule.threats,
    requirement: rule.requirement,
    remediation: rule.remediation,
    admitsException: rule.admitsException ?? true,
    gate: false,
    parameters: {},
    facts: { [kind]: facts } as never,
    verdicts,
    checks: { [kind]: check as Check<SubjectKind, Record<never, number>> } as never,
    // The rule itself, as data (a private copy: defineControl freezes it with the control).
    rule: structuredClone(rule) as Readonly<Record<string, unknown>>,
  });
}
