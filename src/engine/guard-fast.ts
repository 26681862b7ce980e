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
import type { Subject } from "../subjects/subject.js";
import { isCalendarDate } from "../internal/calendar.js";

// The guard's fast path: one straight-line reader per kind. It answers only "valid, here is the
// copy" or "not sure" (`undefined`): anything it does not accept goes to the full guard
// (guard-subject.ts), which lists every problem. What it accepts, the full guard accepts with an
// equal copy, and it reads the input exactly as the full guard does, through the same operations
// (test/invariants/11, test/engine/guard-fast-differential.test.ts and guard-odd-objects.test.ts):
//
// - An object's fields are the keys `for…in` visits: its own enumerable string keys, as the full
//   guard's `Object.keys` has them, then the enumerable keys its prototype chain adds. Every object
//   read is plain (its prototype `Object.prototype` or `null`), so the chain can only add keys of
//   a polluted `Object.prototype`, and such a key has no own descriptor: the subject goes to the
//   full guard. A symbol-keyed or non-enumerable property is not read, as in the full guard.
//   `{ outside }` is the exception: the full guard refuses symbol and non-enumerable keys there,
//   so the fast path defers on them. Every list is a plain array.
// - Each value is read once, through its own property descriptor (`dataOf`), as the full guard
//   reads it: an accessor (getter or setter) has no value there, so it is never called and the
//   subject goes to the full guard, which refuses it (a getter can answer differently on each
//   read: a decision on its value could rest on a value the record never held). So does a hole
//   in a list (never an index inherited from `Array.prototype`), a field given as `undefined`,
//   and an unknown field. A Proxy is asked the traps the full guard asks (prototype, own keys,
//   descriptors: V8's `for…in` asks no `get` or `has`), so the two agree on it too.
// - Every value is within its closed set, held here as private data.
//
// Why this shape: `for (k in o)` is what V8 compiles best (keys from the map's enum cache), with no
// array, closure or rest-argument allocated per call (`Object.keys` per object cost a third more
// of `evaluate`). A descriptor read per value costs several times a plain `o[k]`, but nothing
// cheaper tells an accessor from a data property without calling it (reading twice and comparing
// does not: a getter may answer the same twice); it is the price of one answer on every path.

type Input = Readonly<Record<string, unknown>>;

// Taken once at load: a later change to Object.prototype cannot change how the guard reads.
const getPrototypeOf = Object.getPrototypeOf;
const isArray = Array.isArray;
const ownKeys = Reflect.ownKeys;
const getOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
const OBJECT_PROTOTYPE: unknown = Object.prototype;
const ARRAY_PROTOTYPE: unknown = Array.prototype;

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
// Sets use SameValueZero, as `includes` did: the same levels are accepted.
const CONFIDENTIALITY: ReadonlySet<unknown> = new Set(CLASSIFICATION_LEVELS.confidentiality);
const INTEGRITY: ReadonlySet<unknown> = new Set(CLASSIFICATION_LEVELS.integrity);
const AVAILABILITY: ReadonlySet<unknown> = new Set(CLASSIFICATION_LEVELS.availability);

/**
 * The value of an own data property, read once through its descriptor; `undefined` for an
 * accessor (whose descriptor has no value: its getter is never called), for an absent property
 * (so nothing is read from a prototype), and for a property given as `undefined`, all of which
 * the fast path leaves to the full guard.
 */
function dataOf(object: object, key: string | number): unknown {
  return getOwnPropertyDescriptor(object, key)?.value;
}

function isPlain(value: unknown): value is Input {
  if (typeof value !== "object" || value === null || isArray(value)) return false;
  const prototype: unknown = getPrototypeOf(value);
  return prototype === OBJECT_PROTOTYPE || prototype === null;
}

const isBool = (value: unknown): value is boolean => typeof value === "boolean";
const isIn = (set: ReadonlySet<unknown>, value: unknown): value is string => typeof value === "string" && set.has(value);
const isText = (value: unknown, max: number): value is string => typeof value === "string" && value.length > 0 && value.length <= max;

/** A copy of a plain array of strings, each in `set` (or, without a set, non-empty and at most `itemMax` long); `undefined` if not. */
function list(value: unknown, set: ReadonlySet<unknown> | undefined, max: number, itemMax: number): string[] | undefined {
  if (!isArray(value) || getPrototypeOf(value) !== ARRAY_PROTOTYPE) return undefined;
  // The length and each element through their descriptors, as the full guard reads them: a hole
  // or an accessor is `undefined` (so not a string), never an index inherited from a prototype.
  const length: unknown = dataOf(value, "length");
  if (typeof length !== "number" || length > max) return undefined;
  // Sized once (lists are short: an empty one pushed into grows a backing store of 17 slots).
  const copy = new Array<string>(length);
  for (let i = 0; i < length; i++) {
    const item: unknown = dataOf(value, i);
    if (typeof item !== "string" || (set === undefined ? item.length === 0 || item.length > itemMax : !set.has(item))) return undefined;
    copy[i] = item;
  }
  return copy;
}

/** An organisation id, or a copy of `{ outside: name }`; `undefined` if neither. */
function organization(value: unknown): unknown {
  if (isOrganizationId(value)) return value;
  if (!isPlain(value)) return undefined;
  // The full guard refuses a symbol-keyed or non-enumerable property here (not only ignores it):
  // exactly one own key, `outside`, enumerable and data.
  const keys = ownKeys(value);
  if (keys.length !== 1 || keys[0] !== "outside") return undefined;
  const descriptor = getOwnPropertyDescriptor(value, "outside");
  if (descriptor === undefined || descriptor.enumerable !== true) return undefined;
  const outside: unknown = descriptor.value;
  return outside === undefined || outsideNameProblem(outside) !== undefined ? undefined : { outside };
}

function classification(value: unknown): unknown {
  if (!isPlain(value)) return undefined;
  let confidentiality: unknown;
  let integrity: unknown;
  let availability: unknown;
  for (const key in value) {
    const level = dataOf(value, key);
    switch (key) {
      case "confidentiality":
        if (!CONFIDENTIALITY.has(level)) return undefined;
        confidentiality = level;
        break;
      case "integrity":
        if (!INTEGRITY.has(level)) return undefined;
        integrity = level;
        break;
      case "availability":
        if (!AVAILABILITY.has(level)) return undefined;
        availability = level;
        break;
      default:
        return undefined;
    }
  }
  if (confidentiality === undefined || integrity === undefined || availability === undefined) return undefined;
  return { confidentiality, integrity, availability };
}

const REFERENCE = /^\S(?:.*\S)?$/su;

function link(value: unknown): unknown {
  if (!isPlain(value)) return undefined;
  let from: unknown;
  let to: unknown;
  for (const key in value) {
    const zone = dataOf(value, key);
    if (!isIn(ZONES, zone)) return undefined;
    if (key === "from") from = zone;
    else if (key === "to") to = zone;
    else return undefined;
  }
  return from === undefined || to === undefined ? undefined : { from, to };
}

function exception(value: unknown): unknown {
  if (!isPlain(value)) return undefined;
  let reference: unknown;
  let approverRole: unknown;
  let approvedBy: unknown;
  let controls: string[] | undefined;
  let validFrom: unknown;
  let validUntil: unknown;
  let opened: unknown;
  for (const key in value) {
    const field = dataOf(value, key);
    switch (key) {
      case "reference":
        if (typeof field !== "string" || field.length > 200 || !REFERENCE.test(field)) return undefined;
        reference = field;
        break;
      case "approverRole":
        if (!isIn(ROLES, field)) return undefined;
        approverRole = field;
        break;
      case "approvedBy":
        if (!isText(field, 200)) return undefined;
        approvedBy = field;
        break;
      case "controls":
        controls = list(field, undefined, 100, 100);
        if (controls === undefined || controls.length === 0) return undefined;
        break;
      case "validFrom":
        if (!isCalendarDate(field)) return undefined;
        validFrom = field;
        break;
      case "validUntil":
        if (!isCalendarDate(field)) return undefined;
        validUntil = field;
        break;
      case "link":
        opened = link(field);
        if (opened === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (reference === undefined || approverRole === undefined || controls === undefined || validUntil === undefined) return undefined;
  return { reference, approverRole, approvedBy, controls, validFrom, validUntil, link: opened };
}

// The readers. Each visits the subject's own enumerable keys once: `kind` (already read by the
// dispatch, and only noted here), then every other key by a `switch` that checks and keeps its
// value, or gives up on an unknown key. Required fields are checked after the loop.

function transfer(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, from: unknown, to: unknown, channel: unknown, sanitized: unknown, encrypted: unknown, level: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "from":
        if (!isIn(ZONES, value)) return undefined;
        from = value;
        break;
      case "to":
        if (!isIn(ZONES, value)) return undefined;
        to = value;
        break;
      case "channel":
        if (!isIn(CHANNELS, value)) return undefined;
        channel = value;
        break;
      case "sanitized":
        if (!isBool(value)) return undefined;
        sanitized = value;
        break;
      case "encrypted":
        if (!isBool(value)) return undefined;
        encrypted = value;
        break;
      case "classification":
        if ((level = classification(value)) === undefined) return undefined;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind || from === undefined || to === undefined) return undefined;
  return { kind: "transfer", id, organization: org, from, to, channel, sanitized, encrypted, classification: level, exception: excepted } as Subject;
}

function carryOut(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, zone: unknown, fromTerminal: unknown, level: unknown, approved: unknown, encrypted: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "zone":
        if (!isIn(ZONES, value)) return undefined;
        zone = value;
        break;
      case "fromTerminal":
        if (!isBool(value)) return undefined;
        fromTerminal = value;
        break;
      case "classification":
        if ((level = classification(value)) === undefined) return undefined;
        break;
      case "approved":
        if (!isBool(value)) return undefined;
        approved = value;
        break;
      case "encrypted":
        if (!isBool(value)) return undefined;
        encrypted = value;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind) return undefined;
  return { kind: "carry-out", id, organization: org, zone, fromTerminal, classification: level, approved, encrypted, exception: excepted } as Subject;
}

function signIn(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, zone: unknown, factors: unknown, person: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "zone":
        if (!isIn(ZONES, value)) return undefined;
        zone = value;
        break;
      case "factors":
        if ((factors = list(value, FACTORS, 16, 0)) === undefined) return undefined;
        break;
      case "person":
        if (!isIn(PERSONS, value)) return undefined;
        person = value;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind || zone === undefined) return undefined;
  return { kind: "sign-in", id, organization: org, zone, factors, person, exception: excepted } as Subject;
}

function softwareUse(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, software: unknown, action: unknown, approved: unknown, zone: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "software":
        if (!isText(value, 500)) return undefined;
        software = value;
        break;
      case "action":
        if (!isIn(ACTIONS, value)) return undefined;
        action = value;
        break;
      case "approved":
        if (!isBool(value)) return undefined;
        approved = value;
        break;
      case "zone":
        if (!isIn(ZONES, value)) return undefined;
        zone = value;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind) return undefined;
  return { kind: "software-use", id, organization: org, software, action, approved, zone, exception: excepted } as Subject;
}

function access(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, person: unknown, operation: unknown, authorized: unknown, trained: unknown, level: unknown, zone: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "person":
        if (!isIn(PERSONS, value)) return undefined;
        person = value;
        break;
      case "operation":
        if (!isIn(OPERATIONS, value)) return undefined;
        operation = value;
        break;
      case "authorized":
        if (!isBool(value)) return undefined;
        authorized = value;
        break;
      case "trained":
        if (!isBool(value)) return undefined;
        trained = value;
        break;
      case "classification":
        if ((level = classification(value)) === undefined) return undefined;
        break;
      case "zone":
        if (!isIn(ZONES, value)) return undefined;
        zone = value;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind || person === undefined) return undefined;
  return { kind: "access", id, organization: org, person, operation, authorized, trained, classification: level, zone, exception: excepted } as Subject;
}

function outsourcing(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, contractor: unknown, selectedByCriteria: unknown, inContract: unknown, measuresConfirmed: unknown, level: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "contractor":
        if (!isText(value, 500)) return undefined;
        contractor = value;
        break;
      case "selectedByCriteria":
        if (!isBool(value)) return undefined;
        selectedByCriteria = value;
        break;
      case "securityRequirementsInContract":
        if (!isBool(value)) return undefined;
        inContract = value;
        break;
      case "measuresConfirmed":
        if (!isBool(value)) return undefined;
        measuresConfirmed = value;
        break;
      case "classification":
        if ((level = classification(value)) === undefined) return undefined;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind) return undefined;
  return {
    kind: "outsourcing", id, organization: org, contractor, selectedByCriteria, securityRequirementsInContract: inContract, measuresConfirmed, classification: level, exception: excepted,
  } as Subject;
}

function cloudUse(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, service: unknown, usageRulesInPlace: unknown, measuresTaken: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "service":
        if (!isText(value, 500)) return undefined;
        service = value;
        break;
      case "usageRulesInPlace":
        if (!isBool(value)) return undefined;
        usageRulesInPlace = value;
        break;
      case "measuresTaken":
        if (!isBool(value)) return undefined;
        measuresTaken = value;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind) return undefined;
  return { kind: "cloud-use", id, organization: org, service, usageRulesInPlace, measuresTaken, exception: excepted } as Subject;
}

function asset(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, name: unknown, org: unknown, location: unknown, category: unknown, zone: unknown, level: unknown, safeguards: unknown, excepted: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "name":
        if (!isText(value, 500)) return undefined;
        name = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "location":
        if (!isIn(LOCATIONS, value)) return undefined;
        location = value;
        break;
      case "category":
        if (!isIn(CATEGORIES, value)) return undefined;
        category = value;
        break;
      case "zone":
        if (!isIn(ZONES, value)) return undefined;
        zone = value;
        break;
      case "classification":
        if ((level = classification(value)) === undefined) return undefined;
        break;
      case "safeguards":
        if ((safeguards = list(value, SAFEGUARDS, 64, 0)) === undefined) return undefined;
        break;
      case "exception":
        if ((excepted = exception(value)) === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (!kind || org === undefined || category === undefined) return undefined;
  return { kind: "asset", id, name, organization: org, location, category, zone, classification: level, safeguards, exception: excepted } as Subject;
}

function organizationPosture(s: Input): Subject | undefined {
  let kind = false;
  let id: unknown, org: unknown, asOf: unknown, established: unknown, bound: unknown, rules: unknown, lastTraining: unknown, monitoring: unknown, incident: unknown;
  let development: unknown, continuity: unknown, lastAudit: unknown, lastSelfInspection: unknown, reviewNeeded: unknown, reviewed: unknown, risk: unknown, standards: unknown;
  let procedures: unknown;
  for (const key in s) {
    if (key === "kind") {
      kind = true;
      continue;
    }
    const value = dataOf(s, key);
    if (value === undefined) return undefined;
    switch (key) {
      case "id":
        if (!isText(value, 500)) return undefined;
        id = value;
        break;
      case "organization":
        if ((org = organization(value)) === undefined) return undefined;
        break;
      case "asOf":
        if (!isCalendarDate(value)) return undefined;
        asOf = value;
        break;
      case "staffCategoriesBound":
        if ((bound = list(value, PERSONS, 16, 0)) === undefined) return undefined;
        break;
      case "lastTraining":
        if (value !== null && !isCalendarDate(value)) return undefined;
        lastTraining = value;
        break;
      case "lastAudit":
        if (value !== null && !isCalendarDate(value)) return undefined;
        lastAudit = value;
        break;
      case "lastSelfInspection":
        if (value !== null && !isCalendarDate(value)) return undefined;
        lastSelfInspection = value;
        break;
      default:
        // The flags.
        if (!isBool(value)) return undefined;
        switch (key) {
          case "securityOrganizationEstablished":
            established = value;
            break;
          case "staffRulesDefined":
            rules = value;
            break;
          case "monitoringInPlace":
            monitoring = value;
            break;
          case "incidentResponseReady":
            incident = value;
            break;
          case "secureDevelopmentInPlace":
            development = value;
            break;
          case "continuityPlanInPlace":
            continuity = value;
            break;
          case "reviewNeeded":
            reviewNeeded = value;
            break;
          case "reviewed":
            reviewed = value;
            break;
          case "riskAnalyzed":
            risk = value;
            break;
          case "standardsInPlace":
            standards = value;
            break;
          case "proceduresInPlace":
            procedures = value;
            break;
          default:
            return undefined;
        }
    }
  }
  if (!kind || org === undefined) return undefined;
  return {
    kind: "organization", id, organization: org, asOf, securityOrganizationEstablished: established, staffCategoriesBound: bound, staffRulesDefined: rules,
    lastTraining, monitoringInPlace: monitoring, incidentResponseReady: incident, secureDevelopmentInPlace: development, continuityPlanInPlace: continuity, lastAudit,
    lastSelfInspection, reviewNeeded, reviewed, riskAnalyzed: risk, standardsInPlace: standards, proceduresInPlace: procedures,
  } as Subject;
}

/**
 * The fast path of the guard: the private copy of a valid subject, or `undefined` when the
 * subject is not valid (or is anything the fast path does not handle), for the full guard to
 * decide and explain. It reads own enumerable data properties only, each once through its
 * descriptor, as the full guard does: an own accessor property (getter or setter) is never
 * called, and leaves the subject to the full guard, which refuses it.
 *
 * @param input - Anything.
 * @returns The copy, or `undefined`.
 */
export function fastGuard(input: unknown): Subject | undefined {
  if (!isPlain(input)) return undefined;
  // Read as data (an accessor's descriptor has no value): a reader answers only if its loop met `kind` too (own and enumerable).
  const kind = dataOf(input, "kind");
  if (typeof kind !== "string") return undefined;
  switch (kind) {
    case "transfer":
      return transfer(input);
    case "carry-out":
      return carryOut(input);
    case "sign-in":
      return signIn(input);
    case "software-use":
      return softwareUse(input);
    case "access":
      return access(input);
    case "outsourcing":
      return outsourcing(input);
    case "cloud-use":
      return cloudUse(input);
    case "asset":
      return asset(input);
    case "organization":
      return organizationPosture(input);
    default:
      return undefined;
  }
}
