import { CLASSIFICATION_LEVELS } from "../classification/classification-levels.js";
import { isOrganizationId, outsideNameProblem } from "../definitions/organization-ref.js";
import {
  ACCESS_OPERATION_VALUES,
  APPROVER_ROLE_VALUES,
  ASSET_CATEGORY_VALUES,
  ASSET_LOCATION_VALUES,
  FACTOR_KIND_VALUES,
  PERSON_CATEGORY_VALUES,
  SAFEGUARD_VALUES,
  SOFTWARE_ACTION_VALUES,
  TRANSFER_CHANNEL_VALUES,
  ZONE_VALUES,
} from "../definitions/vocabulary-values.js";
import type { Subject, SubjectKind } from "../subjects/subject.js";

// The guard's fast path: one small reader per kind, with named property reads (so each call site
// sees one shape and stays monomorphic) and an object literal per kind for the copy. It answers
// only "valid, here is the copy" or "not sure": anything it does not accept goes to the full guard
// (guard-subject.ts), which lists every problem. Semantics are the full guard's: each own
// enumerable property read once (a getter's value is copied, never read again), an inherited
// value is not a fact of the subject, no unknown field, every value within its closed set.

/** Not accepted by the fast path (the full guard then decides and explains). */
const NO: unique symbol = Symbol("no");
type No = typeof NO;

type Input = Readonly<Record<string, unknown>>;

const ZONES: ReadonlySet<unknown> = new Set(ZONE_VALUES);
const CHANNELS: ReadonlySet<unknown> = new Set(TRANSFER_CHANNEL_VALUES);
const PERSONS: ReadonlySet<unknown> = new Set(PERSON_CATEGORY_VALUES);
const CATEGORIES: ReadonlySet<unknown> = new Set(ASSET_CATEGORY_VALUES);
const LOCATIONS: ReadonlySet<unknown> = new Set(ASSET_LOCATION_VALUES);
const FACTORS: ReadonlySet<unknown> = new Set(FACTOR_KIND_VALUES);
const SAFEGUARDS: ReadonlySet<unknown> = new Set(SAFEGUARD_VALUES);
const ROLES: ReadonlySet<unknown> = new Set(APPROVER_ROLE_VALUES);
const OPERATIONS: ReadonlySet<unknown> = new Set(ACCESS_OPERATION_VALUES);
const ACTIONS: ReadonlySet<unknown> = new Set(SOFTWARE_ACTION_VALUES);
const CONFIDENTIALITY: readonly unknown[] = CLASSIFICATION_LEVELS.confidentiality;
const INTEGRITY: readonly unknown[] = CLASSIFICATION_LEVELS.integrity;
const AVAILABILITY: readonly unknown[] = CLASSIFICATION_LEVELS.availability;

/** A value read by name is the subject's only if it is its own (not inherited from a prototype). */
function own(input: object, key: string, value: unknown): unknown {
  return value === undefined || Object.hasOwn(input, key) ? value : undefined;
}

function isPlain(value: unknown): value is Input {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// Each checker takes the value already read (and made own) and returns it, its copy, or NO.
const opt = <T>(value: unknown, check: (value: unknown) => T | No): T | undefined | No => (value === undefined ? undefined : check(value));
const bool = (value: unknown): boolean | No => (typeof value === "boolean" ? value : NO);
const inSet = (set: ReadonlySet<unknown>) => (value: unknown): string | No => (typeof value === "string" && set.has(value) ? value : NO);
const text = (max: number) => (value: unknown): string | No => (typeof value === "string" && value.length > 0 && value.length <= max ? value : NO);
const zone = inSet(ZONES);
const person = inSet(PERSONS);
const id = text(500);

function list(set: ReadonlySet<unknown> | undefined, max: number, itemMax: number) {
  return (value: unknown): string[] | No => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return NO;
    const length = value.length;
    if (length > max) return NO;
    const copy: string[] = new Array<string>(length);
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      if (typeof item !== "string" || (set === undefined ? item.length === 0 || item.length > itemMax : !set.has(item))) return NO;
      copy[i] = item;
    }
    return copy;
  };
}
const factors = list(FACTORS, 16, 0);
const safeguards = list(SAFEGUARDS, 64, 0);
const persons = list(PERSONS, 16, 0);
const controlIds = list(undefined, 100, 100);

function organization(value: unknown): unknown {
  if (isOrganizationId(value)) return value;
  if (!isPlain(value)) return NO;
  const outside = own(value, "outside", value["outside"]);
  if (Reflect.ownKeys(value).length !== 1 || outsideNameProblem(outside) !== undefined) return NO;
  return { outside };
}

function classification(value: unknown): unknown {
  if (!isPlain(value)) return NO;
  const confidentiality = own(value, "confidentiality", value["confidentiality"]);
  const integrity = own(value, "integrity", value["integrity"]);
  const availability = own(value, "availability", value["availability"]);
  if (!CONFIDENTIALITY.includes(confidentiality) || !INTEGRITY.includes(integrity) || !AVAILABILITY.includes(availability)) return NO;
  if (Reflect.ownKeys(value).length !== 3) return NO;
  return { confidentiality, integrity, availability };
}

const REFERENCE = /^\S(?:.*\S)?$/su;
const reference = (value: unknown): string | No => (typeof value === "string" && value.length <= 200 && REFERENCE.test(value) ? value : NO);

function link(value: unknown): unknown {
  if (!isPlain(value)) return NO;
  const from = zone(own(value, "from", value["from"]));
  const to = zone(own(value, "to", value["to"]));
  if (from === NO || to === NO || Reflect.ownKeys(value).length !== 2) return NO;
  return { from, to };
}

function exception(value: unknown): unknown {
  if (!isPlain(value)) return NO;
  const ref = reference(own(value, "reference", value["reference"]));
  const approverRole = inSet(ROLES)(own(value, "approverRole", value["approverRole"]));
  const approvedBy = opt(own(value, "approvedBy", value["approvedBy"]), text(200));
  const controlsGiven = own(value, "controls", value["controls"]);
  const controls = controlsGiven === undefined ? NO : controlIds(controlsGiven);
  const validFrom = opt(own(value, "validFrom", value["validFrom"]), date);
  const validUntilGiven = own(value, "validUntil", value["validUntil"]);
  const validUntil = validUntilGiven === undefined ? NO : date(validUntilGiven);
  const opened = opt(own(value, "link", value["link"]), link);
  if (ref === NO || approverRole === NO || approvedBy === NO || controls === NO || controls.length === 0 || validFrom === NO || validUntil === NO || opened === NO) return NO;
  if (Reflect.ownKeys(value).length !== 4 + given(approvedBy, validFrom, opened)) return NO;
  return { reference: ref, approverRole, approvedBy, controls, validFrom, validUntil, link: opened };
}

/** How many of the values were given: with `Reflect.ownKeys` (symbol and non-enumerable keys count too, so they go to the full guard), tells an unknown field apart. */
function given(...values: readonly unknown[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined) count++;
  return count;
}

function anyNo(...values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === NO) return true;
  return false;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function date(value: unknown): string | No {
  if (typeof value !== "string") return NO;
  const match = DATE.exec(value);
  if (match === null) return NO;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? value : NO;
}
const dateOrNull = (value: unknown): string | null | No => (value === null ? null : date(value));

type Reader = (s: Input) => Subject | undefined;

const READERS: { readonly [K in SubjectKind]: Reader } = {
  transfer(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), zone(own(s, "from", s["from"])), zone(own(s, "to", s["to"])),
      opt(own(s, "channel", s["channel"]), inSet(CHANNELS)), opt(own(s, "sanitized", s["sanitized"]), bool), opt(own(s, "encrypted", s["encrypted"]), bool),
      opt(own(s, "classification", s["classification"]), classification), opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "transfer", id: v[0], organization: v[1], from: v[2], to: v[3], channel: v[4], sanitized: v[5], encrypted: v[6], classification: v[7], exception: v[8] } as Subject;
  },
  "carry-out"(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), opt(own(s, "zone", s["zone"]), zone),
      opt(own(s, "fromTerminal", s["fromTerminal"]), bool), opt(own(s, "classification", s["classification"]), classification), opt(own(s, "approved", s["approved"]), bool),
      opt(own(s, "encrypted", s["encrypted"]), bool), opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "carry-out", id: v[0], organization: v[1], zone: v[2], fromTerminal: v[3], classification: v[4], approved: v[5], encrypted: v[6], exception: v[7] } as Subject;
  },
  "sign-in"(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), zone(own(s, "zone", s["zone"])),
      opt(own(s, "factors", s["factors"]), factors), opt(own(s, "person", s["person"]), person), opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "sign-in", id: v[0], organization: v[1], zone: v[2], factors: v[3], person: v[4], exception: v[5] } as Subject;
  },
  "software-use"(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), opt(own(s, "software", s["software"]), text(500)),
      opt(own(s, "action", s["action"]), inSet(ACTIONS)), opt(own(s, "approved", s["approved"]), bool), opt(own(s, "zone", s["zone"]), zone),
      opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "software-use", id: v[0], organization: v[1], software: v[2], action: v[3], approved: v[4], zone: v[5], exception: v[6] } as Subject;
  },
  access(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), person(own(s, "person", s["person"])),
      opt(own(s, "operation", s["operation"]), inSet(OPERATIONS)), opt(own(s, "authorized", s["authorized"]), bool), opt(own(s, "trained", s["trained"]), bool),
      opt(own(s, "classification", s["classification"]), classification), opt(own(s, "zone", s["zone"]), zone), opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "access", id: v[0], organization: v[1], person: v[2], operation: v[3], authorized: v[4], trained: v[5], classification: v[6], zone: v[7], exception: v[8] } as Subject;
  },
  outsourcing(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), opt(own(s, "contractor", s["contractor"]), text(500)),
      opt(own(s, "selectedByCriteria", s["selectedByCriteria"]), bool), opt(own(s, "securityRequirementsInContract", s["securityRequirementsInContract"]), bool),
      opt(own(s, "measuresConfirmed", s["measuresConfirmed"]), bool), opt(own(s, "classification", s["classification"]), classification), opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "outsourcing", id: v[0], organization: v[1], contractor: v[2], selectedByCriteria: v[3], securityRequirementsInContract: v[4], measuresConfirmed: v[5], classification: v[6], exception: v[7] } as Subject;
  },
  "cloud-use"(s) {
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "organization", s["organization"]), organization), opt(own(s, "service", s["service"]), text(500)),
      opt(own(s, "usageRulesInPlace", s["usageRulesInPlace"]), bool), opt(own(s, "measuresTaken", s["measuresTaken"]), bool),
      opt(own(s, "exception", s["exception"]), exception)] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "cloud-use", id: v[0], organization: v[1], service: v[2], usageRulesInPlace: v[3], measuresTaken: v[4], exception: v[5] } as Subject;
  },
  asset(s) {
    const organizationRef = own(s, "organization", s["organization"]);
    const category = inSet(CATEGORIES)(own(s, "category", s["category"]));
    const v = [opt(own(s, "id", s["id"]), id), opt(own(s, "name", s["name"]), text(500)), organizationRef === undefined ? NO : organization(organizationRef), category,
      opt(own(s, "zone", s["zone"]), zone), opt(own(s, "classification", s["classification"]), classification), opt(own(s, "safeguards", s["safeguards"]), safeguards),
      opt(own(s, "exception", s["exception"]), exception), opt(own(s, "location", s["location"]), inSet(LOCATIONS))] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return { kind: "asset", id: v[0], name: v[1], organization: v[2], location: v[8], category: v[3], zone: v[4], classification: v[5], safeguards: v[6], exception: v[7] } as Subject;
  },
  organization(s) {
    const organizationRef = own(s, "organization", s["organization"]);
    const flag = (key: string) => opt(own(s, key, s[key]), bool);
    const when = (key: string) => opt(own(s, key, s[key]), dateOrNull);
    const v = [opt(own(s, "id", s["id"]), id), organizationRef === undefined ? NO : organization(organizationRef), opt(own(s, "asOf", s["asOf"]), date),
      flag("securityOrganizationEstablished"), opt(own(s, "staffCategoriesBound", s["staffCategoriesBound"]), persons), flag("staffRulesDefined"), when("lastTraining"),
      flag("monitoringInPlace"), flag("incidentResponseReady"), flag("secureDevelopmentInPlace"), flag("continuityPlanInPlace"), when("lastAudit"), when("lastSelfInspection"),
      flag("reviewNeeded"), flag("reviewed"), flag("riskAnalyzed"), flag("standardsInPlace"), flag("proceduresInPlace")] as const;
    if (anyNo(...v) || Reflect.ownKeys(s).length !== 1 + given(...v)) return undefined;
    return {
      kind: "organization", id: v[0], organization: v[1], asOf: v[2], securityOrganizationEstablished: v[3], staffCategoriesBound: v[4], staffRulesDefined: v[5],
      lastTraining: v[6], monitoringInPlace: v[7], incidentResponseReady: v[8], secureDevelopmentInPlace: v[9], continuityPlanInPlace: v[10], lastAudit: v[11],
      lastSelfInspection: v[12], reviewNeeded: v[13], reviewed: v[14], riskAnalyzed: v[15], standardsInPlace: v[16], proceduresInPlace: v[17],
    } as Subject;
  },
};

const BY_KIND: ReadonlyMap<unknown, Reader> = new Map(Object.entries(READERS));

/**
 * The fast path of the guard: the private copy of a valid subject, or `undefined` when the
 * subject is not valid (or is anything the fast path does not handle), for the full guard to
 * decide and explain.
 *
 * @param input - Anything.
 * @returns The copy, or `undefined`.
 */
export function fastGuard(input: unknown): Subject | undefined {
  if (!isPlain(input)) return undefined;
  const reader = BY_KIND.get(own(input, "kind", input["kind"]));
  return reader === undefined ? undefined : reader(input);
}
