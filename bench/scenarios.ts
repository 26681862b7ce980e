/**
 * The benchmark's action mix: `transfer`, `carry-out`, `sign-in`, `software-use` and `access`
 * subjects in realistic proportions, mostly compliant, with violations, missing facts, recorded
 * exceptions (some by the wrong approver, some covering other controls) and a few subjects of an
 * organisation outside the scope of 5(1). Deterministic: seeded, never `Math.random`.
 */
import type { Classification } from "../src/classification/classification.js";
import type { FactorKind, OrganizationId, PersonCategory, TransferChannel, Zone } from "../src/definitions/vocabulary.js";
import type { AccessSubject } from "../src/subjects/access.js";
import type { CarryOutSubject } from "../src/subjects/carry-out.js";
import type { OrganizationRef, RecordedException } from "../src/subjects/common.js";
import type { SignInSubject } from "../src/subjects/sign-in.js";
import type { SoftwareUseSubject } from "../src/subjects/software-use.js";
import type { TransferSubject } from "../src/subjects/transfer.js";
import { createPrng, type Prng } from "./prng.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A subject of the action mix. */
export type ActionSubject = TransferSubject | CarryOutSubject | SignInSubject | SoftwareUseSubject | AccessSubject;

/** The kinds of the action mix. */
export type ActionKind = ActionSubject["kind"];

/** The kinds of the action mix, in canonical order. */
export const ACTION_KINDS: readonly ActionKind[] = ["transfer", "carry-out", "sign-in", "software-use", "access"];

/** The default seed used by the benchmark. */
export const DEFAULT_ACTION_SEED = 0x5eed_2026;

/** How often each kind occurs: sign-ins and reads dominate a working day. */
const KIND_WEIGHTS: readonly (readonly [ActionKind, number])[] = [
  ["sign-in", 35],
  ["access", 30],
  ["transfer", 15],
  ["carry-out", 10],
  ["software-use", 10],
];

const ORGANIZATIONS: readonly (readonly [OrganizationId, number])[] = [
  ["secretariat", 72],
  ["election-commission", 11],
  ["assembly-secretariat", 9],
  ["audit-secretariat", 8],
];

const OUTSIDE_SCOPE = [{ outside: "宮城県" }, { outside: "仙台市" }, { outside: "全国後期高齢者医療広域連合協議会" }] as const;

const CONTROLS_BY_KIND: Readonly<Record<ActionKind, readonly string[]>> = {
  transfer: ["confidential-encryption", "internet-sanitization", "mynumber-isolation", "mynumber-no-carry-out", "mynumber-internet-separation"],
  "carry-out": ["confidential-carry-out-approval", "confidential-encryption", "mynumber-no-carry-out"],
  "sign-in": ["mynumber-multi-factor", "mynumber-sign-in-person", "sign-in-authentication"],
  "software-use": ["approved-software-only"],
  access: ["access-control", "outsider-confidential-access"],
};

function flag(prng: Prng, yes: number, no: number, absent: number): boolean | undefined {
  return prng.weighted<boolean | undefined>([
    [true, yes],
    [false, no],
    [undefined, absent],
  ]);
}

function classification(prng: Prng, zone: Zone | undefined, missing = 0.08): Classification | undefined {
  if (prng.chance(missing)) return undefined;
  const confidentiality =
    zone === "mynumber"
      ? prng.weighted([[3, 80], [2, 20]] as const)
      : zone === "internet"
        ? prng.weighted([[1, 55], [2, 40], [3, 5]] as const)
        : prng.weighted([[2, 50], [1, 30], [3, 20]] as const);
  return { confidentiality, integrity: prng.chance(0.4) ? 2 : 1, availability: prng.chance(0.3) ? 2 : 1 };
}

function exception(prng: Prng, kind: ActionKind, probability: number): RecordedException | undefined {
  if (!prng.chance(probability)) return undefined;
  const reference = `EX-2026-${String(prng.int(1000)).padStart(3, "0")}`;
  const approverRole = prng.weighted([
    ["ciso", 75],
    ["security-officer", 10],
    ["security-manager", 10],
    ["other", 5],
  ] as const);
  const scoping = prng.next();
  // A register entry names its controls: one of the kind's, or one for something else.
  const controls = scoping < 0.85 ? [prng.pick(CONTROLS_BY_KIND[kind])] : ["training-interval"];
  const validUntil = prng.chance(0.8) ? "2027-03-31" : "2025-03-31"; // some have expired
  const result: Mutable<RecordedException> = { reference, approverRole, controls, validUntil, link: { from: "mynumber", to: "lgwan" } };
  if (prng.chance(0.5)) result.approvedBy = approverRole === "ciso" ? "CISO" : "課長";
  return result;
}

function common(
  prng: Prng,
  subject: { organization?: OrganizationRef | undefined; exception?: RecordedException | undefined },
  kind: ActionKind,
  exceptionProbability: number,
): void {
  const roll = prng.next();
  if (roll < 0.01) subject.organization = prng.pick(OUTSIDE_SCOPE);
  else if (roll < 0.45) subject.organization = prng.weighted(ORGANIZATIONS);
  const recorded = exception(prng, kind, exceptionProbability);
  if (recorded !== undefined) subject.exception = recorded;
}

function transfer(prng: Prng): TransferSubject {
  const [from, to] = prng.weighted<readonly [Zone, Zone]>([
    [["lgwan", "lgwan"], 25],
    [["internet", "lgwan"], 25],
    [["lgwan", "internet"], 15],
    [["internet", "internet"], 10],
    [["mynumber", "mynumber"], 10],
    [["lgwan", "mynumber"], 7],
    [["mynumber", "lgwan"], 5],
    [["mynumber", "internet"], 2],
    [["internet", "mynumber"], 1],
  ]);
  const subject: Mutable<TransferSubject> = { kind: "transfer", from, to };
  const channel = prng.weighted<TransferChannel | undefined>([
    ["network", 50],
    ["email", 20],
    ["removable-media", 12],
    ["screen-transfer", 13],
    [undefined, 5],
  ]);
  if (channel !== undefined) subject.channel = channel;
  const sanitized = from === "internet" && to !== "internet" ? flag(prng, 90, 6, 4) : flag(prng, 10, 5, 85);
  if (sanitized !== undefined) subject.sanitized = sanitized;
  const encrypted = flag(prng, 80, 12, 8);
  if (encrypted !== undefined) subject.encrypted = encrypted;
  const level = classification(prng, from === "mynumber" || to === "mynumber" ? "mynumber" : from, 0.07);
  if (level !== undefined) subject.classification = level;
  const crossesMynumber = (from === "mynumber") !== (to === "mynumber");
  common(prng, subject, "transfer", crossesMynumber ? 0.35 : 0.02);
  return subject;
}

function carryOut(prng: Prng): CarryOutSubject {
  const subject: Mutable<CarryOutSubject> = { kind: "carry-out" };
  const zone = prng.weighted<Zone | undefined>([
    ["lgwan", 60],
    ["internet", 20],
    ["mynumber", 15],
    [undefined, 5],
  ]);
  if (zone !== undefined) subject.zone = zone;
  const fromTerminal = zone === "mynumber" ? flag(prng, 25, 70, 5) : flag(prng, 70, 25, 5);
  if (fromTerminal !== undefined) subject.fromTerminal = fromTerminal;
  const level = classification(prng, zone);
  if (level !== undefined) subject.classification = level;
  const approved = flag(prng, 85, 10, 5);
  if (approved !== undefined) subject.approved = approved;
  const encrypted = flag(prng, 85, 10, 5);
  if (encrypted !== undefined) subject.encrypted = encrypted;
  common(prng, subject, "carry-out", zone === "mynumber" ? 0.1 : 0.03);
  return subject;
}

function signIn(prng: Prng): SignInSubject {
  const zone = prng.weighted<Zone>([
    ["lgwan", 55],
    ["mynumber", 25],
    ["internet", 20],
  ]);
  const subject: Mutable<SignInSubject> = { kind: "sign-in", zone };
  const factors =
    zone === "mynumber"
      ? prng.weighted<FactorKind[] | undefined>([
          [["knowledge", "possession"], 60],
          [["knowledge", "inherence"], 20],
          [["knowledge"], 9],
          [["possession", "inherence"], 4],
          [["knowledge", "knowledge"], 3],
          [undefined, 2],
          [[], 2],
        ])
      : prng.weighted<FactorKind[] | undefined>([
          [["knowledge"], 60],
          [["knowledge", "possession"], 30],
          [["possession"], 5],
          [undefined, 3],
          [[], 2],
        ]);
  if (factors !== undefined) subject.factors = [...factors];
  if (prng.chance(0.8)) {
    subject.person = prng.weighted<PersonCategory>([
      ["regular", 60],
      ["fiscal-year-appointed", 20],
      ["part-time", 10],
      ["contractor", 8],
      ["outsider", 2],
    ]);
  }
  common(prng, subject, "sign-in", 0.03);
  return subject;
}

const SOFTWARE = ["一太郎", "Microsoft Excel", "7-Zip", "Adobe Acrobat Reader", "個人用チャットアプリ", "ファイル共有ソフト", "画像編集ソフト"] as const;

function softwareUse(prng: Prng): SoftwareUseSubject {
  const subject: Mutable<SoftwareUseSubject> = { kind: "software-use" };
  if (prng.chance(0.9)) subject.software = prng.pick(SOFTWARE);
  const action = prng.weighted<"install" | "use" | undefined>([
    ["use", 60],
    ["install", 30],
    [undefined, 10],
  ]);
  if (action !== undefined) subject.action = action;
  const approved = flag(prng, 88, 8, 4);
  if (approved !== undefined) subject.approved = approved;
  if (prng.chance(0.7)) subject.zone = prng.weighted<Zone>([["lgwan", 60], ["internet", 30], ["mynumber", 10]]);
  common(prng, subject, "software-use", 0.04);
  return subject;
}

function access(prng: Prng): AccessSubject {
  const person = prng.weighted<PersonCategory>([
    ["regular", 60],
    ["fiscal-year-appointed", 15],
    ["part-time", 10],
    ["contractor", 12],
    ["outsider", 3],
  ]);
  const subject: Mutable<AccessSubject> = { kind: "access", person };
  const operation = prng.weighted<"read" | "change" | "delete" | undefined>([
    ["read", 70],
    ["change", 20],
    ["delete", 5],
    [undefined, 5],
  ]);
  if (operation !== undefined) subject.operation = operation;
  const authorized = person === "outsider" ? flag(prng, 40, 50, 10) : flag(prng, 90, 6, 4);
  if (authorized !== undefined) subject.authorized = authorized;
  const staff = person === "regular" || person === "fiscal-year-appointed" || person === "part-time";
  const trained = staff ? flag(prng, 92, 5, 3) : flag(prng, 25, 25, 50);
  if (trained !== undefined) subject.trained = trained;
  const zone = prng.chance(0.8) ? prng.weighted<Zone>([["lgwan", 55], ["mynumber", 25], ["internet", 20]]) : undefined;
  if (zone !== undefined) subject.zone = zone;
  const level = classification(prng, zone, person === "outsider" ? 0.15 : 0.08);
  if (level !== undefined) subject.classification = level;
  common(prng, subject, "access", person === "outsider" ? 0.2 : 0.03);
  return subject;
}

const MAKERS: Readonly<Record<ActionKind, (prng: Prng) => ActionSubject>> = {
  transfer,
  "carry-out": carryOut,
  "sign-in": signIn,
  "software-use": softwareUse,
  access,
};

/**
 * Generates the action mix.
 *
 * @param count - How many subjects.
 * @param seed - The seed: the same seed gives the same mix.
 * @returns The subjects, kinds interleaved in the proportions of a working day.
 */
export function generateActionMix(count: number, seed: number = DEFAULT_ACTION_SEED): ActionSubject[] {
  const prng = createPrng(seed);
  const subjects: ActionSubject[] = new Array(count);
  for (let i = 0; i < count; i++) subjects[i] = MAKERS[prng.weighted(KIND_WEIGHTS)](prng);
  return subjects;
}
