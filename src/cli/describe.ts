import type { Control } from "../controls/control.js";
import type { Clause } from "../definitions/clause.js";
import type { GuidelineBasis } from "../definitions/guideline-basis.js";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import type { Policy } from "../policy/policy.js";
import type { ThreatRef } from "../definitions/vocabulary.js";
import { gloss } from "../definitions/glossary.js";

/** A control as plain JSON (no check functions): what `controls --format json` and `explain --format json` print. */
export interface ControlJson {
  readonly id: string;
  readonly title: LocalizedText;
  readonly clause: string;
  readonly provenance: Control["provenance"];
  readonly category: Control["category"];
  readonly threats: readonly ThreatRef[];
  readonly kinds: readonly string[];
  readonly admitsException: boolean;
  readonly gate: boolean;
  readonly requirement: LocalizedText;
  readonly remediation: LocalizedText;
  readonly parameters: Readonly<Record<string, { value: number; default: number; unit: string; stricter: "lower" | "higher"; min: number; max: number; description: LocalizedText; basis?: GuidelineBasis }>>;
  /** A guideline default's basis (document, edition, section, confidence, sources); absent for other provenances. */
  readonly basis?: GuidelineBasis;
}

/** A control as plain JSON, with the policy's parameter values. */
export function controlJson(policy: Policy, control: Control): ControlJson {
  const parameters: Record<string, ControlJson["parameters"][string]> = {};
  for (const [name, spec] of Object.entries(control.parameters)) {
    parameters[name] = {
      value: policy.parameters[control.id]?.[name] ?? spec.default,
      default: spec.default,
      unit: spec.unit,
      stricter: spec.stricter,
      min: spec.min,
      max: spec.max,
      description: spec.description,
      ...(spec.basis === undefined ? {} : { basis: spec.basis }),
    };
  }
  return {
    id: control.id,
    title: control.title,
    clause: control.clause,
    provenance: control.provenance,
    category: control.category,
    threats: control.threats,
    kinds: Object.keys(control.checks),
    admitsException: control.admitsException,
    gate: control.gate,
    requirement: control.requirement,
    remediation: control.remediation,
    parameters,
    ...(control.basis === undefined ? {} : { basis: control.basis }),
  };
}

/** The name of a threat or example in a policy, e.g. `"T1.2 ウイルス攻撃"`. */
export function threatName(policy: Policy, ref: ThreatRef, locale: Locale): string {
  for (const threat of policy.threats) {
    if (threat.id === ref) return `${ref} ${threat.name[locale]}`;
    const example = threat.examples.find((candidate) => candidate.id === ref);
    if (example !== undefined) return `${ref} ${example.name[locale]}`;
  }
  return ref;
}

/** A clause's text in a language: heading, then paragraphs. */
export function clauseLines(clause: Clause, locale: Locale): string[] {
  return [...(clause.heading === undefined ? [] : [clause.heading[locale]]), ...clause.paragraphs.map((p) => p[locale])];
}

/** Fixed words of the describing commands. */
export const WORDS = {
  clause: gloss("word.clause"),
  provenance: gloss("word.provenance"),
  category: gloss("word.category"),
  exception: gloss("word.exception"),
  admits: { ja: "認める", en: "admitted" },
  notAdmitted: { ja: "認めない", en: "not admitted" },
  appliesTo: { ja: "対象", en: "Applies to" },
  requirement: gloss("word.requirement"),
  remediation: gloss("word.remediation"),
  parameters: { ja: "パラメータ", en: "Parameters" },
  threats: { ja: "対抗する脅威", en: "Threats countered" },
  controls: { ja: gloss("word.control").ja, en: "Controls" },
  subClauses: { ja: "下位の条項", en: "Sub-clauses" },
  examples: { ja: "例", en: "Examples" },
  counteredBy: { ja: `対抗する${gloss("word.control").ja}`, en: "Countered by" },
  text: { ja: "条文", en: "Text" },
  original: { ja: "原文", en: "Original (Japanese)" },
  none: gloss("word.none"),
  default: gloss("word.default"),
  scopeGate: { ja: "適用範囲の判定（5）", en: "scope gate (5)" },
  lowerIsStricter: gloss("word.lower-is-stricter"),
  higherIsStricter: gloss("word.higher-is-stricter"),
} as const;
