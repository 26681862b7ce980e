/**
 * The action-mix rules as a `@casl/ability` ability (MongoDB-style conditions, the default matcher).
 *
 * Shape: for each kind (the casl subject type, read from `kind`), `can("perform", kind)` for a
 * subject in the scope of 5(1), then `cannot("perform", kind, conditions)` rules for every way a
 * control fails without an effective exception or lacks a fact it needs. In casl a later rule
 * wins, so any matching `cannot` denies; a subject no `can` matches (outside the scope) is denied.
 *
 * casl's conditions have no OR inside one rule and cannot compare two fields of the subject
 * (`from == to`), so disjunctions become several rules and "from ≠ to" is enumerated over the
 * three zones. Each `cannot` rule carries the control id as its `reason`.
 */
import { createMongoAbility, type MongoAbility, type MongoQuery, type RawRuleFrom } from "@casl/ability";
import type { ActionKind, ActionSubject } from "../scenarios.js";
import { CONFIDENTIAL_FROM, IN_SCOPE_ORGANIZATIONS } from "./rules.js";

type Conditions = Record<string, unknown>;
type Rule = RawRuleFrom<[string, string], MongoQuery>;

const ZONES = ["mynumber", "lgwan", "internet"] as const;

/** Every combination of one condition set from each list, merged (a key must not repeat). */
function all(...lists: readonly (readonly Conditions[])[]): Conditions[] {
  let result: Conditions[] = [{}];
  for (const list of lists) {
    const next: Conditions[] = [];
    for (const left of result) {
      for (const right of list) {
        for (const key of Object.keys(right)) if (key in left) throw new Error(`casl rules: key ${key} repeats`);
        next.push({ ...left, ...right });
      }
    }
    result = next;
  }
  return result;
}

/**
 * An exception does not cover `control`. The benchmark evaluates without `asOf`, so no exception's
 * period can be judged and none turns a fail into a pass (DESIGN: bounded exceptions): every
 * recorded exception is "not excepted" here.
 */
const notExcepted = (_control: string): Conditions[] => [{}];

/** A yes/no fact that is required: missing (manual), or `false` without an exception (fail). */
const required = (fact: string, control: string): Conditions[] => [
  { [fact]: { $exists: false } },
  ...all([{ [fact]: false }], notExcepted(control)),
];

const confidential: Conditions = { "classification.confidentiality": { $gte: CONFIDENTIAL_FROM } };
const unclassified: Conditions = { classification: { $exists: false } };

/** The `cannot` conditions per kind and control. */
const VIOLATIONS: Readonly<Record<ActionKind, Readonly<Record<string, Conditions[]>>>> = {
  transfer: {
    "confidential-encryption": [
      unclassified,
      // within one zone, channel not stated: manual
      ...ZONES.map((zone) => ({ ...confidential, from: zone, to: zone, channel: { $exists: false } })),
      // between zones, or by email or removable media: must be encrypted
      ...all(
        [confidential],
        [...ZONES.map((zone) => ({ from: zone, to: { $ne: zone } })), { channel: { $in: ["email", "removable-media"] } }],
        required("encrypted", "confidential-encryption"),
      ),
    ],
    "internet-sanitization": all([{ from: "internet", to: { $ne: "internet" }, channel: { $ne: "screen-transfer" } }], required("sanitized", "internet-sanitization")),
    "mynumber-isolation": all(
      [
        { from: "mynumber", to: { $ne: "mynumber" } },
        { to: "mynumber", from: { $ne: "mynumber" } },
      ],
      notExcepted("mynumber-isolation"),
    ),
    "mynumber-no-carry-out": [
      { from: "mynumber", channel: { $exists: false } },
      { from: "mynumber", channel: "removable-media" },
    ],
    "mynumber-internet-separation": [
      { from: "mynumber", to: "internet" },
      { from: "internet", to: "mynumber" },
    ],
  },
  "carry-out": {
    "confidential-carry-out-approval": [unclassified, ...all([confidential], required("approved", "confidential-carry-out-approval"))],
    "confidential-encryption": [unclassified, ...all([confidential], required("encrypted", "confidential-encryption"))],
    "mynumber-no-carry-out": [
      { zone: { $exists: false } },
      { zone: "mynumber", fromTerminal: { $exists: false } },
      { zone: "mynumber", fromTerminal: true },
    ],
  },
  "sign-in": {
    "mynumber-multi-factor": [
      { zone: "mynumber", factors: { $exists: false } },
      // fewer than two kinds: no factor outside one kind
      { zone: "mynumber", factors: { $exists: true, $nin: ["possession", "inherence"] } },
      { zone: "mynumber", factors: { $exists: true, $nin: ["knowledge", "inherence"] } },
      { zone: "mynumber", factors: { $exists: true, $nin: ["knowledge", "possession"] } },
    ],
    "mynumber-sign-in-person": [
      { zone: "mynumber", person: { $exists: false } },
      { zone: "mynumber", person: { $in: ["contractor", "outsider"] } },
    ],
    "sign-in-authentication": [{ factors: { $exists: false } }, ...all([{ factors: { $size: 0 } }], notExcepted("sign-in-authentication"))],
  },
  "software-use": {
    "approved-software-only": required("approved", "approved-software-only"),
  },
  access: {
    "access-control": [{ authorized: { $exists: false } }, { authorized: false }],
    "outsider-confidential-access": all([{ person: "outsider" }], [unclassified, ...all([confidential], required("authorized", "outsider-confidential-access"))]),
  },
};

/** The raw casl rules, in order: `can` first, then the `cannot` rules (later rules win). */
export function caslRules(kinds: readonly ActionKind[] = Object.keys(VIOLATIONS) as ActionKind[]): Rule[] {
  const rules: Rule[] = [];
  for (const kind of kinds) {
    rules.push({ action: "perform", subject: kind, conditions: { organization: { $exists: false } } as MongoQuery });
    rules.push({ action: "perform", subject: kind, conditions: { organization: { $in: [...IN_SCOPE_ORGANIZATIONS] } } as MongoQuery });
  }
  for (const kind of kinds) {
    for (const [control, list] of Object.entries(VIOLATIONS[kind])) {
      for (const conditions of list) rules.push({ action: "perform", subject: kind, inverted: true, conditions: conditions as MongoQuery, reason: control });
    }
  }
  return rules;
}

/** The ability for the given kinds (all action kinds by default). */
export function createCaslAbility(kinds?: readonly ActionKind[]): MongoAbility<[string, string], MongoQuery> {
  return createMongoAbility<[string, string], MongoQuery>(caslRules(kinds), {
    detectSubjectType: (subject) => (subject as unknown as ActionSubject).kind,
  });
}
