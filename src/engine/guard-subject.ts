import { CLASSIFICATION_LEVELS } from "../classification/classification-levels.js";
import type { CompiledClassificationScheme } from "../classification/compiled-scheme.js";
import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import { isOrganizationId, organizationRefProblem } from "../definitions/organization-ref.js";
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
import type { Subject, SubjectKind, SubjectOf } from "../subjects/subject.js";
import { fastGuard } from "./guard-fast.js";
import { InvalidSubjectError, pathText, type SubjectProblem } from "./invalid-subject-error.js";
import { SUBJECT_KINDS } from "../subjects/subject-kinds.js";
import { isCalendarDate } from "../internal/calendar.js";

// The engine's input guard (invariants 11 and 12). `evaluate` takes typed input, but JavaScript
// callers and unchecked `JSON.parse` output reach it too; a string where a list belongs, `null`
// for a flag or a misspelt zone must never come out `compliant` or `not-applicable`. So before
// any check runs, the guard
//
// - reads the subject through its own data properties only (never the prototype chain: a
//   polluted `Object.prototype.factors` is not a fact of the subject), from plain objects and
//   arrays only, once each through its descriptor (a Proxy cannot answer differently later); an
//   own accessor (getter or setter) is refused, never called, on every path (the fast path
//   defers on it): a getter can answer differently on each read;
// - checks every field against its kind's closed sets, held here as private frozen data (never an
//   exported zod schema, which a caller can mutate), booleans as booleans, lists as lists of known
//   values, dates as calendar dates, the organisation as an id of 5(1) or `{ outside: name }`, and
//   no unknown field;
// - returns a private, null-prototype copy of exactly the fields it checked, which is all the
//   checks ever see; or throws `InvalidSubjectError` listing every problem.
//
// Zod-free, so `@miyagi-kouiki/infosec-policy/core` stays zod-free. A test compares it with the
// zod schemas (what one accepts, the other accepts).

type Rule =
  | { readonly t: "kind" }
  | { readonly t: "enum"; readonly values: ReadonlySet<string>; readonly shown: string }
  | { readonly t: "bool" }
  | { readonly t: "text"; readonly max: number }
  | { readonly t: "list"; readonly values: ReadonlySet<string>; readonly shown: string; readonly max: number }
  | { readonly t: "classification" }
  | { readonly t: "level"; readonly dimension: "confidentiality" | "integrity" | "availability" }
  | { readonly t: "organization" }
  | { readonly t: "exception" }
  | { readonly t: "reference" }
  | { readonly t: "controls" }
  | { readonly t: "link" }
  | { readonly t: "date"; readonly nullable: boolean };

interface Optional {
  readonly rule: Rule;
  readonly required: false;
}
interface Required {
  readonly rule: Rule;
  readonly required: true;
}

// Every field of every kind, no more: the type makes a field the schema adds (or drops) a compile
// error here, and a required field of the schema a required field of the guard.
type KindSpec<K extends SubjectKind> = {
  readonly [F in keyof SubjectOf<K> & string]-?: Record<never, never> extends Pick<SubjectOf<K>, F> ? Optional : Required;
};

const shown = (values: readonly string[]): string => values.map((value) => JSON.stringify(value)).join(", ");
const enumOf = (values: readonly string[]): Rule => Object.freeze({ t: "enum", values: new Set(values), shown: shown(values) });
const listOf = (values: readonly string[], max: number): Rule => Object.freeze({ t: "list", values: new Set(values), shown: shown(values), max });

const KIND: Rule = { t: "kind" };
const BOOL: Rule = { t: "bool" };
const ZONE = enumOf(ZONE_VALUES);
const CLASSIFICATION: Rule = { t: "classification" };
const ORGANIZATION: Rule = { t: "organization" };
const EXCEPTION: Rule = { t: "exception" };
const DATE: Rule = { t: "date", nullable: false };
const DATE_OR_NULL: Rule = { t: "date", nullable: true };
const text = (max: number): Rule => ({ t: "text", max });
const APPROVER_ROLE = enumOf(APPROVER_ROLE_VALUES);

const req = (rule: Rule): Required => ({ rule, required: true });
const opt = (rule: Rule): Optional => ({ rule, required: false });

const ID = opt(text(500));

const SPECS: { readonly [K in SubjectKind]: KindSpec<K> } = {
  transfer: {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), from: req(ZONE), to: req(ZONE),
    channel: opt(enumOf(TRANSFER_CHANNEL_VALUES)), sanitized: opt(BOOL), encrypted: opt(BOOL),
    classification: opt(CLASSIFICATION), exception: opt(EXCEPTION),
  },
  "carry-out": {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), zone: opt(ZONE), fromTerminal: opt(BOOL),
    classification: opt(CLASSIFICATION), approved: opt(BOOL), encrypted: opt(BOOL), exception: opt(EXCEPTION),
  },
  "sign-in": {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), zone: req(ZONE), factors: opt(listOf(FACTOR_KIND_VALUES, 16)),
    person: opt(enumOf(PERSON_CATEGORY_VALUES)), exception: opt(EXCEPTION),
  },
  "software-use": {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), software: opt(text(500)), action: opt(enumOf(SOFTWARE_ACTION_VALUES)),
    approved: opt(BOOL), zone: opt(ZONE), exception: opt(EXCEPTION),
  },
  access: {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), person: req(enumOf(PERSON_CATEGORY_VALUES)),
    operation: opt(enumOf(ACCESS_OPERATION_VALUES)), authorized: opt(BOOL), trained: opt(BOOL),
    classification: opt(CLASSIFICATION), zone: opt(ZONE), exception: opt(EXCEPTION),
  },
  outsourcing: {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), contractor: opt(text(500)), selectedByCriteria: opt(BOOL),
    securityRequirementsInContract: opt(BOOL), measuresConfirmed: opt(BOOL), classification: opt(CLASSIFICATION), exception: opt(EXCEPTION),
  },
  "cloud-use": {
    kind: req(KIND), id: ID, organization: opt(ORGANIZATION), service: opt(text(500)), usageRulesInPlace: opt(BOOL),
    measuresTaken: opt(BOOL), exception: opt(EXCEPTION),
  },
  asset: {
    kind: req(KIND), id: ID, name: opt(text(500)), organization: req(ORGANIZATION), location: opt(enumOf(ASSET_LOCATION_VALUES)), category: req(enumOf(ASSET_CATEGORY_VALUES)),
    zone: opt(ZONE), classification: opt(CLASSIFICATION), safeguards: opt(listOf(SAFEGUARD_VALUES, 64)), exception: opt(EXCEPTION),
  },
  organization: {
    kind: req(KIND), id: ID, organization: req(ORGANIZATION), asOf: opt(DATE), securityOrganizationEstablished: opt(BOOL),
    staffCategoriesBound: opt(listOf(PERSON_CATEGORY_VALUES, 16)), staffRulesDefined: opt(BOOL), lastTraining: opt(DATE_OR_NULL),
    monitoringInPlace: opt(BOOL), incidentResponseReady: opt(BOOL), secureDevelopmentInPlace: opt(BOOL), continuityPlanInPlace: opt(BOOL),
    lastAudit: opt(DATE_OR_NULL), lastSelfInspection: opt(DATE_OR_NULL), reviewNeeded: opt(BOOL), reviewed: opt(BOOL),
    riskAnalyzed: opt(BOOL), standardsInPlace: opt(BOOL), proceduresInPlace: opt(BOOL),
  },
};

/** A kind's (or the exception's) fields, compiled: names and fields in order, and an index by name. */
interface FieldTable {
  readonly names: readonly string[];
  readonly fields: readonly (Optional | Required)[];
  readonly index: ReadonlyMap<string, number>;
}

function table(spec: Readonly<Record<string, Optional | Required>>): FieldTable {
  const names = Object.keys(spec);
  return { names, fields: names.map((name) => spec[name] as Optional | Required), index: new Map(names.map((name, i) => [name, i])) };
}

/** Each kind's fields (a map: no prototype lookups, so a `kind` named `toString` is unknown). */
const FIELDS: ReadonlyMap<string, FieldTable> = new Map(SUBJECT_KINDS.map((kind) => [kind, table(SPECS[kind])]));

const KINDS_SHOWN = shown(SUBJECT_KINDS);
const WHOSE: ReadonlyMap<string, string> = new Map(SUBJECT_KINDS.map((kind) => [kind, `a subject of kind ${JSON.stringify(kind)}`]));

// The exception's fields (RecordedExceptionSchema): checked the same way.
const EXCEPTION_FIELDS: FieldTable = table({
  reference: req({ t: "reference" }),
  approverRole: req(APPROVER_ROLE),
  approvedBy: opt(text(200)),
  controls: req({ t: "controls" }),
  validFrom: opt(DATE),
  validUntil: req(DATE),
  link: opt({ t: "link" }),
});

// An isolation exception's link (ExceptionLinkSchema).
const LINK_FIELDS: FieldTable = table({ from: req(ZONE), to: req(ZONE) });

/** A register reference: non-blank, no white space at either end (ExceptionReferenceSchema). */
const REFERENCE_PATTERN = /^\S(?:.*\S)?$/su;


type Path = readonly (string | number)[];

/** The problem with an own accessor property (getter or setter), wherever the guard meets one: it is refused, never called. */
const ACCESSOR_MESSAGE = "an accessor (getter or setter) is not data: give the value itself";

type Dimension = "confidentiality" | "integrity" | "availability";

/**
 * The level ids a classification may take: `undefined` for the default scheme (the numbers the
 * fast path knows), or another scheme's compiled form, whose `ranks` already hold its level ids.
 * Nothing is copied or cached: the compiled scheme (frozen, one per compiled policy) is the table.
 */
export type GuardLevels = CompiledClassificationScheme | undefined;

function defaultLevelsOf(dimension: Dimension) {
  const levels = CLASSIFICATION_LEVELS[dimension] as readonly number[];
  return Object.freeze({ ids: new Set<unknown>(levels), shown: `${levels.join(", ")} (a number)` });
}

/** The default scheme's levels (numbers), which the fast path knows by heart (frozen data). */
const DEFAULT_LEVELS = Object.freeze({
  confidentiality: defaultLevelsOf("confidentiality"),
  integrity: defaultLevelsOf("integrity"),
  availability: defaultLevelsOf("availability"),
});

/**
 * The level table of a compiled scheme, for the guard: `undefined` (the default scheme's numbers)
 * for the default scheme or none; the compiled scheme itself for any other.
 *
 * @param scheme - The policy's compiled classification scheme, or `undefined` for the default.
 * @returns The guard's level table.
 */
export function guardLevelsOf(scheme: CompiledClassificationScheme | undefined): GuardLevels {
  return scheme === undefined || scheme.scheme === guidelineClassificationScheme ? undefined : scheme;
}

/** Whether a value is a level id of a dimension. */
function isLevel(levels: GuardLevels, dimension: Dimension, value: unknown): boolean {
  return levels === undefined ? DEFAULT_LEVELS[dimension].ids.has(value) : (levels.ranks[dimension] as ReadonlyMap<unknown, number>).has(value);
}

/** The level ids of a dimension as a message shows them (worked out only for a problem). */
function levelsShown(levels: GuardLevels, dimension: Dimension): string {
  if (levels === undefined) return DEFAULT_LEVELS[dimension].shown;
  const ids = levels.levels[dimension];
  const numeric = ids.every((id) => typeof id === "number");
  return `${ids.map((id) => JSON.stringify(id)).join(", ")} (${numeric ? "a number" : "the level ids"} of scheme ${JSON.stringify(levels.scheme.id)})`;
}

class Problems {
  constructor(readonly levels: GuardLevels = undefined) {}
  readonly list: SubjectProblem[] = [];
  add(path: Path, code: string, message: string): void {
    this.list.push({ path, at: pathText(path), message, code });
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value === "string" ? `the string ${quote(value)}` : `${typeof value} ${String(value)}`;
}

function quote(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The own enumerable data properties of a plain object (prototype `Object.prototype` or `null`),
 * copied once into a null-prototype object; `undefined` (with a problem) for anything else.
 */
function ownData(value: unknown, path: Path, problems: Problems, what: string): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.add(path, "invalid_type", `expected ${what}, not ${describe(value)}`);
    return undefined;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    problems.add(path, "not_plain_data", `expected ${what} as a plain object (JSON data), not an instance of another class`);
    return undefined;
  }
  const copy = Object.create(null) as Record<string, unknown>;
  let plain = true;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "symbol") {
      problems.add(path, "not_plain_data", `a symbol-keyed property ${String(key)} is not data`);
      plain = false;
      continue;
    }
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!("value" in descriptor)) {
      problems.add([...path, key], "not_plain_data", ACCESSOR_MESSAGE);
      plain = false;
      continue;
    }
    if (descriptor.enumerable !== true) {
      problems.add([...path, key], "not_plain_data", "a non-enumerable property is not data");
      plain = false;
      continue;
    }
    copy[key] = descriptor.value;
  }
  return plain ? copy : undefined;
}

/** The elements of a plain array, read once as own data properties, or `undefined` with a problem. */
function ownElements(value: unknown, path: Path, problems: Problems, max: number, what: string): unknown[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, "invalid_type", `expected a list of ${what}, not ${describe(value)}`);
    return undefined;
  }
  if (Object.getPrototypeOf(value) !== Array.prototype) {
    problems.add(path, "not_plain_data", "expected a plain array (JSON data)");
    return undefined;
  }
  const lengthDescriptor = Reflect.getOwnPropertyDescriptor(value, "length");
  const length: unknown = lengthDescriptor?.value;
  if (typeof length !== "number") {
    problems.add(path, "not_plain_data", "expected a plain array (JSON data)");
    return undefined;
  }
  if (length > max) {
    problems.add(path, "too_big", `at most ${max} entries, not ${length}`);
    return undefined;
  }
  const elements: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, i);
    if (descriptor === undefined || !("value" in descriptor)) {
      problems.add([...path, i], "not_plain_data", descriptor === undefined ? "a hole in the list" : ACCESSOR_MESSAGE);
      return undefined;
    }
    elements.push(descriptor.value);
  }
  return elements;
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function checkText(value: unknown, path: Path, problems: Problems, max: number): value is string {
  if (typeof value !== "string") {
    problems.add(path, "invalid_type", `expected a string, not ${describe(value)}`);
    return false;
  }
  if (value.length === 0) {
    problems.add(path, "too_small", "must not be empty");
    return false;
  }
  if (value.length > max && codePoints(value) > max) {
    problems.add(path, "too_big", `at most ${max} characters`);
    return false;
  }
  return true;
}

// One definition of a calendar date for both guards (src/internal/calendar.ts); exported here as before.
export { isCalendarDate };

const CLASSIFICATION_FIELDS: FieldTable = table({
  confidentiality: req({ t: "level", dimension: "confidentiality" }),
  integrity: req({ t: "level", dimension: "integrity" }),
  availability: req({ t: "level", dimension: "availability" }),
});

function checkOrganization(value: unknown, path: Path, problems: Problems): unknown {
  if (typeof value === "string") {
    const problem = organizationRefProblem(value);
    if (problem === undefined) return value;
    problems.add(path, "invalid_organization", problem);
    return undefined;
  }
  const data = ownData(value, path, problems, 'an organisation id of 5(1) or { "outside": "<name>" }');
  if (data === undefined) return undefined;
  const problem = organizationRefProblem(data);
  if (problem === undefined) return data;
  problems.add(path, "invalid_organization", problem);
  return undefined;
}

/**
 * Reads a plain object's own data properties against a field table, once each, and returns a copy
 * with every field of the table as an own property (`undefined` where absent), in table order: a
 * copy of one shape per table, and no field left to fall through to `Object.prototype`.
 */
function checkObject(value: unknown, fields: FieldTable, path: Path, problems: Problems, whose: string): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.add(path, "invalid_type", `expected ${whose}, not ${describe(value)}`);
    return undefined;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    problems.add(path, "not_plain_data", `expected ${whose} as a plain object (JSON data), not an instance of another class`);
    return undefined;
  }
  const values: unknown[] = new Array<unknown>(fields.names.length).fill(undefined);
  const before = problems.list.length;
  // Own enumerable string keys, as JSON has them (a symbol or non-enumerable property is not read
  // at all, so it cannot change a decision); each read once, through its descriptor.
  const keys = Object.keys(value);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const at = fields.index.get(key);
    if (at === undefined) {
      problems.add([...path, key], "unrecognized_keys", `unknown field ${quote(key)} of ${whose}`);
      continue;
    }
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!("value" in descriptor)) problems.add([...path, key], "not_plain_data", ACCESSOR_MESSAGE);
    else values[at] = descriptor.value;
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fields.names.length; i++) {
    const name = fields.names[i] as string;
    const field = fields.fields[i] as Optional | Required;
    const raw = values[i];
    if (raw === undefined) {
      if (field.required) problems.add([...path, name], "invalid_type", `${name} is required`);
      out[name] = undefined;
      continue;
    }
    const checked = checkValue(raw, field.rule, path, name, problems);
    out[name] = checked === INVALID ? undefined : checked;
  }
  return problems.list.length === before ? out : undefined;
}

const INVALID: unique symbol = Symbol("invalid");

function checkValue(value: unknown, rule: Rule, parent: Path, name: string, problems: Problems): unknown {
  // The fast answers first, without building a path; a path only for a problem.
  switch (rule.t) {
    case "kind":
      return value;
    case "bool":
      if (typeof value === "boolean") return value;
      break;
    case "enum":
      if (typeof value === "string" && rule.values.has(value)) return value;
      break;
    case "text":
      if (typeof value === "string" && value.length > 0 && value.length <= rule.max) return value;
      break;
    case "organization":
      if (typeof value === "string" && isOrganizationId(value)) return value;
      break;
    default:
      break;
  }
  return checkSlowly(value, rule, [...parent, name], problems);
}

function checkSlowly(value: unknown, rule: Rule, path: Path, problems: Problems): unknown {
  switch (rule.t) {
    case "kind":
      return value;
    case "bool":
      if (typeof value === "boolean") return value;
      problems.add(path, "invalid_type", `expected true or false (or leave it out), not ${describe(value)}`);
      return INVALID;
    case "enum":
      if (typeof value === "string" && rule.values.has(value)) return value;
      problems.add(path, "invalid_value", `expected one of ${rule.shown}, not ${describe(value)}`);
      return INVALID;
    case "text":
      return checkText(value, path, problems, rule.max) ? value : INVALID;
    case "list": {
      const elements = ownElements(value, path, problems, rule.max, rule.shown === "" ? "strings" : rule.shown);
      if (elements === undefined) return INVALID;
      let valid = true;
      elements.forEach((element, index) => {
        if (rule.shown === "") {
          if (!checkText(element, [...path, index], problems, 100)) valid = false;
        } else if (typeof element !== "string" || !rule.values.has(element)) {
          problems.add([...path, index], "invalid_value", `expected one of ${rule.shown}, not ${describe(element)}`);
          valid = false;
        }
      });
      return valid ? elements : INVALID;
    }
    case "classification":
      return checkObject(value, CLASSIFICATION_FIELDS, path, problems, "a classification { confidentiality, integrity, availability }") ?? INVALID;
    case "level": {
      if (isLevel(problems.levels, rule.dimension, value)) return value;
      problems.add(path, "invalid_value", `expected one of ${levelsShown(problems.levels, rule.dimension)}, not ${describe(value)}`);
      return INVALID;
    }
    case "organization":
      return checkOrganization(value, path, problems) ?? INVALID;
    case "exception":
      return checkObject(value, EXCEPTION_FIELDS, path, problems, "a recorded exception { reference, approverRole, controls, validUntil, … }") ?? INVALID;
    case "reference":
      if (!checkText(value, path, problems, 200)) return INVALID;
      if (REFERENCE_PATTERN.test(value)) return value;
      problems.add(path, "invalid_format", "must be non-blank, with no white space at either end");
      return INVALID;
    case "controls": {
      const elements = ownElements(value, path, problems, 100, "control ids");
      if (elements === undefined) return INVALID;
      if (elements.length === 0) {
        problems.add(path, "too_small", "name at least one control: an exception covers only the controls it names");
        return INVALID;
      }
      let valid = true;
      elements.forEach((element, index) => {
        if (!checkText(element, [...path, index], problems, 100)) valid = false;
      });
      return valid ? elements : INVALID;
    }
    case "link":
      return checkObject(value, LINK_FIELDS, path, problems, "a link { from, to }") ?? INVALID;
    case "date":
      if (value === null && rule.nullable) return null;
      if (isCalendarDate(value)) return value;
      problems.add(path, "invalid_format", `expected a calendar date YYYY-MM-DD${rule.nullable ? " or null (never)" : ""}, not ${describe(value)}`);
      return INVALID;
  }
}

/**
 * Checks a subject from an untyped caller and returns a private copy the engine can decide
 * soundly: own data properties only, every field of its kind within its closed set, no unknown
 * field. Never returns for input it cannot decide. An own accessor property (getter or setter),
 * at any depth, is refused (`not_plain_data`) and never called, by the fast path and the full
 * guard alike.
 *
 * @param input - Anything claiming to be a subject.
 * @param scheme - The policy's compiled classification scheme, whose level ids a classification
 *   must use (default: the default scheme, numbers).
 * @returns A null-prototype copy of the subject's fields (nested objects copied too).
 * @throws {InvalidSubjectError} Listing every problem.
 */
export function guardSubject(input: unknown, scheme?: CompiledClassificationScheme): Subject {
  const levels = guardLevelsOf(scheme);
  // The fast path answers for valid subjects of the default scheme; anything else is decided and explained below.
  if (levels === undefined) {
    try {
      const fast = fastGuard(input);
      if (fast !== undefined) return fast;
    } catch {
      // A trap that throws: the full guard reports it.
    }
  }
  return guardSubjectFully(input, levels);
}

/**
 * The full guard, without the fast path: decides every subject and lists every problem. The fast
 * path must agree with it (a test compares the two).
 *
 * @param input - Anything claiming to be a subject.
 * @returns The guard's copy.
 * @throws {InvalidSubjectError} Listing every problem.
 */
export function guardSubjectFully(input: unknown, levels: GuardLevels = undefined): Subject {
  const checked = checkSubjectFully(input, levels);
  if (checked.subject === undefined) throw new InvalidSubjectError(checked.problems);
  return checked.subject;
}

/**
 * The guard without throwing: the guard's copy of a valid subject, or every problem. The path of
 * `safeEvaluate`, which reports problems instead of throwing them (no error object is built and
 * thrown only to be caught).
 *
 * @param input - Anything claiming to be a subject.
 * @param scheme - The policy's compiled classification scheme (default: the default scheme).
 * @returns The copy, or the problems (never both).
 */
export function checkSubject(input: unknown, scheme?: CompiledClassificationScheme): { readonly subject: Subject; readonly problems?: undefined } | { readonly subject?: undefined; readonly problems: readonly SubjectProblem[] } {
  const levels = guardLevelsOf(scheme);
  if (levels === undefined) {
    try {
      const fast = fastGuard(input);
      if (fast !== undefined) return { subject: fast };
    } catch {
      // A trap that throws: the full guard reports it.
    }
  }
  return checkSubjectFully(input, levels);
}

function checkSubjectFully(input: unknown, levels: GuardLevels): { readonly subject: Subject; readonly problems?: undefined } | { readonly subject?: undefined; readonly problems: readonly SubjectProblem[] } {
  const problems = new Problems(levels);
  let result: Record<string, unknown> | undefined;
  try {
    const kind = kindOf(input);
    const fields = typeof kind === "string" ? FIELDS.get(kind) : undefined;
    if (kind === ACCESSOR) {
      problems.add(["kind"], "not_plain_data", ACCESSOR_MESSAGE);
    } else if (fields === undefined) {
      if (typeof input !== "object" || input === null || Array.isArray(input)) problems.add([], "invalid_type", `expected a subject (an object with a "kind": ${KINDS_SHOWN}), not ${describe(input)}`);
      else problems.add(["kind"], "invalid_value", `expected a kind, one of ${KINDS_SHOWN}, not ${describe(kind)}`);
    } else {
      result = checkObject(input, fields, [], problems, WHOSE.get(kind as string) as string);
      // The fields were checked as those of the kind first read: a copy whose `kind` (read again
      // with the other fields) says otherwise would be decided as another kind. Only a Proxy that
      // answers differently on each read gets here.
      if (result !== undefined && result["kind"] !== kind) {
        problems.add(["kind"], "not_plain_data", "the kind changed between two reads: not data");
        result = undefined;
      }
    }
  } catch (cause) {
    // Only a hostile Proxy (a trap that throws) gets here.
    problems.add([], "not_plain_data", `unreadable subject: ${safeMessage(cause)}`);
    result = undefined;
  }
  if (result === undefined || problems.list.length > 0) return { problems: problems.list };
  return { subject: result as Subject };
}

/** What `kindOf` answers for an accessor `kind`. */
const ACCESSOR: unique symbol = Symbol("accessor");

/** The subject's own `kind`, read as a data property, if it has one; `ACCESSOR` for a getter or setter (never called). */
function kindOf(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return undefined;
  const descriptor = Reflect.getOwnPropertyDescriptor(input, "kind");
  if (descriptor === undefined) return undefined;
  return "value" in descriptor ? descriptor.value : ACCESSOR;
}

function safeMessage(cause: unknown): string {
  try {
    return cause instanceof Error && typeof cause.message === "string" ? cause.message : "a trap threw";
  } catch {
    return "a trap threw";
  }
}

/** The options of `evaluate` as the engine reads them: own data properties only. */
export interface GuardedOptions {
  /** The policy, if one was given. */
  readonly policy: unknown;
  /** The locale, if one was given. */
  readonly locale: "ja" | "en" | undefined;
  /** The `asOf` date, if one was given. */
  readonly asOf: string | undefined;
}

const NO_OPTIONS: GuardedOptions = Object.freeze({ policy: undefined, locale: undefined, asOf: undefined });

/**
 * Checks the options of `evaluate`, `audit` and `createAuditor`, reading own data properties only
 * (a polluted `Object.prototype.asOf` is not an option).
 *
 * @param options - Anything claiming to be options.
 * @returns The options read.
 * @throws {InvalidSubjectError} For a non-object, an unknown locale, a date that is not a calendar date, or a policy that is not an object.
 */
export function guardOptions(options: unknown): GuardedOptions {
  if (options === undefined) return NO_OPTIONS;
  const problems = new Problems();
  let data: Record<string, unknown> | undefined;
  try {
    data = ownData(options, ["options"], problems, "options { policy, locale, asOf }");
  } catch (cause) {
    problems.add(["options"], "not_plain_data", `unreadable options: ${safeMessage(cause)}`);
  }
  if (data === undefined) throw new InvalidSubjectError(problems.list, "options");
  for (const key of Object.keys(data)) {
    if (key !== "policy" && key !== "locale" && key !== "asOf") problems.add(["options", key], "unrecognized_keys", `unknown option ${quote(key)}: the options are policy, locale and asOf`);
  }
  const { policy, locale, asOf } = data;
  if (policy !== undefined && (typeof policy !== "object" || policy === null)) problems.add(["options", "policy"], "invalid_type", `expected a policy value, not ${describe(policy)}`);
  if (locale !== undefined && locale !== "ja" && locale !== "en") problems.add(["options", "locale"], "invalid_value", `expected "ja" or "en", not ${describe(locale)}`);
  if (asOf !== undefined && !isCalendarDate(asOf)) problems.add(["options", "asOf"], "invalid_format", `expected a calendar date YYYY-MM-DD, not ${describe(asOf)}`);
  if (problems.list.length > 0) throw new InvalidSubjectError(problems.list, "options");
  return { policy, locale: locale as GuardedOptions["locale"], asOf: asOf as string | undefined };
}

/**
 * `guardSubject` for the `index`-th subject of an audit: the problems' paths start at the index.
 *
 * @param input - Anything claiming to be a subject.
 * @param index - Its position in the audit.
 * @returns The guard's copy.
 * @throws {InvalidSubjectError} Listing every problem, at `[index]…`.
 */
export function guardSubjectAt(input: unknown, index: number, scheme?: CompiledClassificationScheme): Subject {
  try {
    return guardSubject(input, scheme);
  } catch (error) {
    if (!(error instanceof InvalidSubjectError)) throw error;
    const issues = error.issues.map((issue) => {
      const path = [index, ...issue.path];
      return { ...issue, path, at: pathText(path) };
    });
    throw new InvalidSubjectError(issues, `subject [${index}]`);
  }
}

/**
 * The `policy`, `locale` and `asOf` of a larger options object (a report's), read as own data
 * properties only, for `guardOptions`.
 *
 * @param options - The options.
 * @returns Just those three, or the value itself when it is not an object.
 */
export function pickEvaluateOptions(options: unknown): unknown {
  if (typeof options !== "object" || options === null) return options;
  const picked: Record<string, unknown> = {};
  for (const key of ["policy", "locale", "asOf"]) {
    const descriptor = Reflect.getOwnPropertyDescriptor(options, key);
    if (descriptor !== undefined && "value" in descriptor && descriptor.value !== undefined) picked[key] = descriptor.value;
  }
  return picked;
}
