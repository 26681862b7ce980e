import type { Classification } from "../../src/classification/classification.js";
import type { Safeguard } from "../../src/subjects/safeguard.js";
import type { Subject } from "../../src/subjects/subject.js";

/**
 * A small exhaustive grid of valid subjects of every kind: every zone, category, person, channel
 * and factor set, with each optional fact absent, false or true, and a few classifications. Not
 * random: the same list every run.
 */

const ZONES = ["mynumber", "lgwan", "internet"] as const;
const CATEGORIES = ["network", "information-system", "server", "terminal", "media", "facility", "information", "system-document"] as const;
const PERSONS = ["regular", "fiscal-year-appointed", "part-time", "contractor", "outsider"] as const;
const CHANNELS = [undefined, "network", "email", "removable-media", "screen-transfer"] as const;
const FLAGS = [undefined, false, true] as const;
const CLASSIFICATIONS: readonly (Classification | undefined)[] = [
  undefined,
  { confidentiality: 1, integrity: 1, availability: 1 },
  { confidentiality: 2, integrity: 1, availability: 2 },
  { confidentiality: 3, integrity: 2, availability: 2 },
];
const ALL_SAFEGUARDS: readonly Safeguard[] = [
  "isolation",
  "carry-out-blocked",
  "multi-factor-sign-in",
  "traffic-monitoring",
  "physical-protection",
  "entry-control",
  "anti-theft",
  "access-control",
  "malware-protection",
  "intrusion-prevention",
  "backup",
  "encryption",
  "locked-storage",
  "power-backup",
];
const SAFEGUARD_SETS: readonly (readonly Safeguard[] | undefined)[] = [undefined, [], ALL_SAFEGUARDS];
const FACTOR_SETS = [undefined, [], ["knowledge"], ["knowledge", "knowledge"], ["knowledge", "possession"], ["knowledge", "possession", "inherence"]] as const;
const DATES = [undefined, null, "2026-01-15", "2023-01-15", "2026-12-31"] as const;

/** Copies `fields` without its `undefined` values, as exactOptionalPropertyTypes wants. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function* grid(): Generator<Subject> {
  for (const from of ZONES)
    for (const to of ZONES)
      for (const channel of CHANNELS)
        for (const sanitized of FLAGS)
          for (const encrypted of FLAGS)
            for (const classification of CLASSIFICATIONS)
              yield defined({ kind: "transfer", from, to, channel, sanitized, encrypted, classification }) as Subject;

  for (const zone of [undefined, ...ZONES])
    for (const fromTerminal of FLAGS)
      for (const classification of CLASSIFICATIONS)
        for (const approved of FLAGS)
          for (const encrypted of FLAGS) yield defined({ kind: "carry-out", zone, fromTerminal, classification, approved, encrypted }) as Subject;

  for (const zone of ZONES)
    for (const factors of FACTOR_SETS) yield defined({ kind: "sign-in", zone, factors: factors === undefined ? undefined : [...factors] }) as Subject;

  for (const zone of [undefined, ...ZONES]) for (const approved of FLAGS) yield defined({ kind: "software-use", zone, approved }) as Subject;

  for (const person of PERSONS)
    for (const authorized of FLAGS)
      for (const trained of FLAGS)
        for (const classification of CLASSIFICATIONS) yield defined({ kind: "access", person, authorized, trained, classification }) as Subject;

  for (const selectedByCriteria of FLAGS)
    for (const securityRequirementsInContract of FLAGS)
      for (const measuresConfirmed of FLAGS)
        yield defined({ kind: "outsourcing", selectedByCriteria, securityRequirementsInContract, measuresConfirmed }) as Subject;

  for (const usageRulesInPlace of FLAGS)
    for (const measuresTaken of FLAGS)
      yield defined({ kind: "cloud-use", usageRulesInPlace, measuresTaken }) as Subject;

  for (const category of CATEGORIES)
    for (const zone of [undefined, ...ZONES])
      for (const classification of CLASSIFICATIONS)
        for (const safeguards of SAFEGUARD_SETS)
          yield defined({
            kind: "asset",
            organization: "secretariat",
            category,
            zone,
            classification,
            safeguards: safeguards === undefined ? undefined : [...safeguards],
          }) as Subject;

  for (const date of DATES)
    for (const reviewNeeded of FLAGS)
      for (const answer of FLAGS)
        yield defined({
          kind: "organization",
          organization: "secretariat",
          securityOrganizationEstablished: answer,
          staffCategoriesBound: answer === undefined ? undefined : answer ? ["regular", "fiscal-year-appointed", "part-time"] : ["regular"],
          staffRulesDefined: answer,
          lastTraining: date,
          monitoringInPlace: answer,
          incidentResponseReady: answer,
          continuityPlanInPlace: answer,
          lastAudit: date,
          lastSelfInspection: date,
          reviewNeeded,
          reviewed: answer,
          riskAnalyzed: answer,
          standardsInPlace: answer,
          proceduresInPlace: answer,
        }) as Subject;
}

/** The grid, built once. */
export const GRID: readonly Subject[] = Object.freeze([...grid()]);
