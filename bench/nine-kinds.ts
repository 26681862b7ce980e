/**
 * The nine-kind mix: the action mix (`scenarios.ts`), inventory assets (`generate-inventory.ts`)
 * and the three kinds neither covers (`outsourcing`, `cloud-use`, `organization`), interleaved in
 * fixed proportions. Deterministic: seeded, never `Math.random`.
 */
import type { CloudUseSubject } from "../src/subjects/cloud-use.js";
import type { OrganizationSubject } from "../src/subjects/organization.js";
import type { OutsourcingSubject } from "../src/subjects/outsourcing.js";
import type { Subject } from "../src/subjects/subject.js";
import { generateInventory } from "./generate-inventory.js";
import { createPrng, type Prng } from "./prng.js";
import { generateActionMix } from "./scenarios.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The default seed of the nine-kind mix. */
export const DEFAULT_NINE_KIND_SEED = 0x9_c1_2026;

const flag = (prng: Prng, yes: number, no: number, absent: number): boolean | undefined =>
  prng.weighted<boolean | undefined>([
    [true, yes],
    [false, no],
    [undefined, absent],
  ]);

function outsourcing(prng: Prng): OutsourcingSubject {
  const subject: Mutable<OutsourcingSubject> = { kind: "outsourcing", contractor: prng.pick(["株式会社A", "B情報サービス", "C計算センター"]) };
  const selected = flag(prng, 85, 10, 5);
  if (selected !== undefined) subject.selectedByCriteria = selected;
  const inContract = flag(prng, 85, 10, 5);
  if (inContract !== undefined) subject.securityRequirementsInContract = inContract;
  const confirmed = flag(prng, 75, 15, 10);
  if (confirmed !== undefined) subject.measuresConfirmed = confirmed;
  if (prng.chance(0.7)) subject.classification = { confidentiality: prng.weighted([[1, 30], [2, 50], [3, 20]] as const), integrity: 2, availability: 1 };
  return subject;
}

function cloudUse(prng: Prng): CloudUseSubject {
  const subject: Mutable<CloudUseSubject> = { kind: "cloud-use", service: prng.pick(["ガバメントクラウド", "オンラインストレージ", "Web会議"]) };
  const rules = flag(prng, 85, 10, 5);
  if (rules !== undefined) subject.usageRulesInPlace = rules;
  const measures = flag(prng, 80, 12, 8);
  if (measures !== undefined) subject.measuresTaken = measures;
  return subject;
}

function organization(prng: Prng): OrganizationSubject {
  const date = (): string => `20${prng.pick(["24", "25", "26"])}-0${1 + prng.int(9)}-1${prng.int(10)}`;
  const subject: Mutable<OrganizationSubject> = {
    kind: "organization",
    organization: prng.weighted([["secretariat", 70], ["election-commission", 10], ["assembly-secretariat", 10], ["audit-secretariat", 10]] as const),
  };
  if (prng.chance(0.7)) subject.asOf = "2026-04-01";
  const booleans = [
    "securityOrganizationEstablished",
    "staffRulesDefined",
    "monitoringInPlace",
    "incidentResponseReady",
    "secureDevelopmentInPlace",
    "continuityPlanInPlace",
    "reviewNeeded",
    "reviewed",
    "riskAnalyzed",
    "standardsInPlace",
    "proceduresInPlace",
  ] as const;
  for (const name of booleans) {
    const value = flag(prng, 85, 8, 7);
    if (value !== undefined) subject[name] = value;
  }
  if (prng.chance(0.9)) subject.staffCategoriesBound = prng.chance(0.8) ? ["regular", "fiscal-year-appointed", "part-time"] : ["regular"];
  if (prng.chance(0.9)) subject.lastTraining = prng.chance(0.05) ? null : date();
  if (prng.chance(0.9)) subject.lastAudit = prng.chance(0.05) ? null : date();
  if (prng.chance(0.9)) subject.lastSelfInspection = prng.chance(0.05) ? null : date();
  return subject;
}

/**
 * Generates the nine-kind mix: 60 % the action mix, 25 % inventory assets, 5 % each outsourcing,
 * cloud use and the organisation's posture.
 *
 * @param count - How many subjects.
 * @param seed - The seed.
 * @returns The subjects, kinds interleaved.
 */
export function generateNineKindMix(count: number, seed: number = DEFAULT_NINE_KIND_SEED): Subject[] {
  const prng = createPrng(seed);
  const actions = generateActionMix(count, seed ^ 0x51);
  const assets = generateInventory(count, seed ^ 0xa5);
  const subjects: Subject[] = new Array(count);
  let a = 0;
  let s = 0;
  for (let i = 0; i < count; i++) {
    const roll = prng.next();
    subjects[i] =
      roll < 0.6
        ? (actions[a++] as Subject)
        : roll < 0.85
          ? (assets[s++] as Subject)
          : roll < 0.9
            ? outsourcing(prng)
            : roll < 0.95
              ? cloudUse(prng)
              : organization(prng);
  }
  return subjects;
}
